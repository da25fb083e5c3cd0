using System.Globalization;
using System.Text;
using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Phrasing;

/// <summary>Fills the framework's preamble pieces for a kind; values the user has not given become 【待补：…】.</summary>
internal static class PreambleWriter
{
    public static string Compose(PreambleRequest request, PhrasingTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(request);
        var framework = request.Framework;
        var voice = templates.VoiceFor(request.Kind);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["unit"] = request.UnitName,
            ["year"] = request.Year.ToString(CultureInfo.InvariantCulture),
            ["meetingTitle"] = framework.MeetingTitleFor(request.Year),
            ["theme"] = framework.Theme,
            ["subject"] = voice.Subject,
            ["subjectFull"] = voice.SubjectFull,
            ["subjectPart"] = voice.SubjectPart,
            ["studyList"] = StudyList(request.StudyItems ?? framework.Preamble.StudyItems),
            ["aspectList"] = string.Join("、", framework.Aspects.Select(a => a.Name)),
            ["aspectCount"] = framework.Aspects.Count is > 0 and <= 999 ? ChineseNumbering.Count(framework.Aspects.Count) : null,
            ["opinionCount"] = request.OpinionCount?.ToString(CultureInfo.InvariantCulture),
            ["talkCount"] = request.TalkCount?.ToString(CultureInfo.InvariantCulture),
            ["name"] = request.Person?.Name,
            ["post"] = request.Person?.Post,
            ["portfolio"] = request.Person?.Portfolio,
        };
        var text = new StringBuilder();
        foreach (var (_, template) in framework.Preamble.For(request.Kind).InOrder())
        {
            text.Append(SlotTemplate.Fill(template, values, templates.Placeholders.ForSlot));
        }
        return ChinesePunctuation.Normalize(text.ToString());
    }

    /// <summary>Items joined with 、 except between two book titles: 《甲》《乙》.</summary>
    public static string? StudyList(IReadOnlyList<string> items)
    {
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList();
        if (list.Count == 0)
        {
            return null;
        }
        var text = new StringBuilder(list[0]);
        for (var i = 1; i < list.Count; i++)
        {
            var bothTitles = list[i - 1].EndsWith('》') && list[i].StartsWith('《');
            text.Append(bothTitles ? string.Empty : "、").Append(list[i]);
        }
        return text.ToString();
    }
}
