using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Drafts.Composition;

/// <summary>
/// Turns a <see cref="Draft"/> into the genre's exact shape: title line; preamble; [一、上年度…整改落实情况]; 一、存在的突出问题
/// with one run-in paragraph per aspect that has problems (（一）在“理论学习”方面的对照检查情况。一是……。如，……。二是……);
/// 二、原因分析 and 三、整改措施和努力方向 with （一）… run-in headlines. Aspects without problems are left out
/// (<see cref="DraftOutline"/> reports them); an empty part gets a 【待补：…】 line so nothing silently disappears.
/// </summary>
public static partial class DraftComposer
{
    public const string PlaceholderStart = "【待补";

    public static ComposedDocument Compose(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var titles = draft.Setup.Titles;
        var numbering = draft.Setup.Numbering;
        var blocks = new List<DocumentBlock>();

        if (!string.IsNullOrWhiteSpace(draft.Preamble))
        {
            blocks.AddRange(Lines(draft.Preamble).Select(line => new Paragraph(DocumentPart.Preamble, null, line)));
        }

        var part = 0;
        if (!string.IsNullOrWhiteSpace(draft.PreviousRectification))
        {
            blocks.Add(Heading(DocumentPart.PreviousRectification, ++part, titles.PreviousRectification));
            blocks.AddRange(Lines(draft.PreviousRectification)
                .Select(line => new Paragraph(DocumentPart.PreviousRectification, null, line)));
        }

        blocks.Add(Heading(DocumentPart.Problems, ++part, titles.Problems));
        blocks.AddRange(ProblemBlocks(draft, titles, numbering));

        blocks.Add(Heading(DocumentPart.Causes, ++part, titles.Causes));
        blocks.AddRange(CauseBlocks(draft.Causes, titles));

        blocks.Add(Heading(DocumentPart.Measures, ++part, titles.Measures));
        blocks.AddRange(MeasureBlocks(draft.Measures, titles));

        return new ComposedDocument(DocumentTitle(draft), blocks);
    }

    /// <summary>
    /// One problem as it reads inside its aspect paragraph, without the 一是: "{headline}。{elaboration}如，{example}。".
    /// </summary>
    public static string ComposeProblem(string headline, string? elaboration, string? example, string exampleLead = "如，")
    {
        var text = new StringBuilder();
        text.Append(ChinesePunctuation.EnsureSentenceEnd(ChinesePunctuation.Normalize(headline)));
        if (!string.IsNullOrWhiteSpace(elaboration))
        {
            text.Append(ChinesePunctuation.EnsureSentenceEnd(ChinesePunctuation.Normalize(elaboration)));
        }
        var body = ExampleBody(example);
        if (body.Length > 0)
        {
            text.Append(exampleLead).Append(ChinesePunctuation.EnsureSentenceEnd(body));
        }
        return ChinesePunctuation.Normalize(text.ToString());
    }

    /// <summary>The title line, from <see cref="SectionTitles.DocumentTitle"/> or the default for the kind.</summary>
    public static string DocumentTitle(Draft draft)
    {
        var setup = draft.Setup;
        var template = setup.Titles.DocumentTitle ?? DefaultDocumentTitle(setup.Kind);
        var values = new Dictionary<string, string?>
        {
            ["unit"] = setup.UnitName,
            ["meetingTitle"] = setup.MeetingTitle,
            ["name"] = setup.Person?.Name,
            ["post"] = setup.Person?.Post,
            ["year"] = setup.Year.ToString(CultureInfo.InvariantCulture),
        };
        var title = SlotTemplate.Fill(template, values, name => $"{PlaceholderStart}：{SlotLabel(name)}】");
        return RepeatedTeamWord().Replace(ChinesePunctuation.Normalize(title), "领导班子");
    }

    /// <summary>班子/支部: {unit}{meetingTitle}对照检查材料; 个人/党员: {name}同志在{meetingTitle}上的个人对照检查材料.</summary>
    public static string DefaultDocumentTitle(SubjectKind kind) => kind switch
    {
        SubjectKind.Individual or SubjectKind.Member => "{name}同志在{meetingTitle}上的个人对照检查材料",
        _ => "{unit}{meetingTitle}对照检查材料",
    };

    /// <summary>The example without a lead the user may have typed (如，/比如/例如) and without its final mark.</summary>
    public static string ExampleBody(string? example)
    {
        var body = ChinesePunctuation.TrimSentenceEnd(ChinesePunctuation.Normalize(example));
        return ExampleLeadPattern().Replace(body, string.Empty).Trim();
    }

    private static IEnumerable<DocumentBlock> ProblemBlocks(Draft draft, SectionTitles titles, NumberingStyle numbering)
    {
        var item = 0;
        for (var index = 0; index < draft.Aspects.Count; index++)
        {
            var aspect = draft.Aspects[index];
            if (aspect.Problems.Count == 0)
            {
                continue;
            }
            item++;
            var heading = SlotTemplate.Fill(aspect.Heading ?? titles.AspectHeading,
                new Dictionary<string, string?> { ["name"] = aspect.Name }, _ => string.Empty);
            var body = ProblemPoints(aspect.Problems, numbering);
            if (numbering.AspectHeadingOnOwnLine)
            {
                yield return new Paragraph(DocumentPart.Problems,
                    ChineseNumbering.Item(item) + ChinesePunctuation.TrimSentenceEnd(heading), string.Empty, index);
                yield return new Paragraph(DocumentPart.Problems, null, body, index);
            }
            else
            {
                yield return new Paragraph(DocumentPart.Problems,
                    ChineseNumbering.Item(item) + ChinesePunctuation.EnsureSentenceEnd(heading), body, index);
            }
        }
        if (item == 0)
        {
            yield return Missing(DocumentPart.Problems, titles.Problems);
        }
    }

    private static string ProblemPoints(IReadOnlyList<ProblemItem> problems, NumberingStyle numbering)
    {
        var text = new StringBuilder();
        for (var i = 0; i < problems.Count; i++)
        {
            var problem = problems[i];
            // A single point reads better without 一是.
            if (problems.Count > 1)
            {
                text.Append(ChineseNumbering.Point(i + 1, numbering.Points));
            }
            text.Append(ComposeProblem(problem.Headline, problem.Elaboration, problem.Example, numbering.ExampleLead));
        }
        return ChinesePunctuation.Normalize(text.ToString());
    }

    private static IEnumerable<DocumentBlock> CauseBlocks(IReadOnlyList<CauseItem> causes, SectionTitles titles)
    {
        if (causes.Count == 0)
        {
            yield return Missing(DocumentPart.Causes, titles.Causes);
        }
        for (var i = 0; i < causes.Count; i++)
        {
            yield return new Paragraph(DocumentPart.Causes, LeadIn(i + 1, causes[i].Headline),
                ChinesePunctuation.Normalize(causes[i].Text));
        }
    }

    private static IEnumerable<DocumentBlock> MeasureBlocks(IReadOnlyList<MeasureItem> measures, SectionTitles titles)
    {
        if (measures.Count == 0)
        {
            yield return Missing(DocumentPart.Measures, titles.Measures);
        }
        for (var i = 0; i < measures.Count; i++)
        {
            var measure = measures[i];
            var body = string.IsNullOrWhiteSpace(measure.Text)
                ? string.Empty
                : ChinesePunctuation.EnsureSentenceEnd(ChinesePunctuation.Normalize(measure.Text));
            yield return new Paragraph(DocumentPart.Measures, LeadIn(i + 1, measure.Headline), body + Responsibility(measure));
        }
    }

    /// <summary>（责任人：…；完成时限：…） when either is given; the other becomes a 【待补】 so the pair stays consistent.</summary>
    public static string Responsibility(MeasureItem measure)
    {
        var owner = string.IsNullOrWhiteSpace(measure.Owner) ? null : measure.Owner.Trim();
        var deadline = DeadlineText(measure.Deadline);
        if (owner is null && deadline is null)
        {
            return string.Empty;
        }
        return $"（责任人：{owner ?? PlaceholderStart + "：责任人】"}；完成时限：{deadline ?? PlaceholderStart + "：完成时限】"}）";
    }

    /// <summary>The user's words for the deadline, else 立行立改 / 长期坚持 / the date as 2024年6月30日前.</summary>
    public static string? DeadlineText(Deadline? deadline)
    {
        if (deadline is null)
        {
            return null;
        }
        if (!string.IsNullOrWhiteSpace(deadline.Text))
        {
            return ChinesePunctuation.Normalize(deadline.Text);
        }
        return deadline.Kind switch
        {
            DeadlineKind.Immediate => "立行立改",
            DeadlineKind.Ongoing => "长期坚持",
            _ when deadline.Date is { } date => $"{date.Year}年{date.Month}月{date.Day}日前",
            _ => null,
        };
    }

    private static string LeadIn(int number, string headline) =>
        ChineseNumbering.Item(number) + ChinesePunctuation.EnsureSentenceEnd(ChinesePunctuation.Normalize(headline));

    private static SectionHeading Heading(DocumentPart part, int number, string title) =>
        new(part, ChineseNumbering.Part(number) + ChinesePunctuation.TrimSentenceEnd(title));

    private static Paragraph Missing(DocumentPart part, string title) =>
        new(part, null, $"{PlaceholderStart}：{ChinesePunctuation.TrimSentenceEnd(title)}】");

    private static IEnumerable<string> Lines(string text) =>
        ChinesePunctuation.Normalize(text).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Length > 0);

    private static string SlotLabel(string slot) => slot switch
    {
        "unit" => "单位名称",
        "name" => "姓名",
        "post" => "职务",
        "meetingTitle" => "会议名称",
        _ => slot,
    };

    [GeneratedRegex(@"^(如[，：]|比如说?[，：]?|例如[，：]?|譬如[，：]?)")]
    private static partial Regex ExampleLeadPattern();

    [GeneratedRegex("(领导)?班子领导班子")]
    private static partial Regex RepeatedTeamWord();
}
