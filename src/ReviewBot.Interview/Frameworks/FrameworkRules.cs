using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Frameworks;

/// <summary>
/// Checks the schema cannot express: the id matches the file name, ids are unique, references point at existing
/// aspects, every aspect has a measure dimension, every kind served has a document title, and templates use known slots.
/// </summary>
public static class FrameworkRules
{
    public static IReadOnlyList<FrameworkValidationError> Check(Framework framework, string file, string fileStem)
    {
        var errors = new List<FrameworkValidationError>();
        void Add(string path, string problem) => errors.Add(new(file, path, problem));

        if (!string.Equals(framework.Id, fileStem, StringComparison.Ordinal))
        {
            Add("$.id", $"框架 id 应与文件名一致（{fileStem}）/ id must match the file name");
        }

        Unique(framework.Aspects.Select(a => a.Id), "$.aspects", "id", "方面 id 重复", Add);
        Unique(framework.Aspects.Select(a => a.Name), "$.aspects", "name", "方面名称重复", Add);
        Unique(framework.CauseDimensions.Select(c => c.Id), "$.causeDimensions", "id", "原因维度 id 重复", Add);
        Unique(framework.MeasureDimensions.Select(m => m.Id), "$.measureDimensions", "id", "措施维度 id 重复", Add);

        var aspectIds = framework.Aspects.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        KnownAspects(framework.CauseDimensions.Select(c => c.AspectIds).ToList(), "$.causeDimensions", aspectIds, Add);
        KnownAspects(framework.MeasureDimensions.Select(m => m.AspectIds).ToList(), "$.measureDimensions", aspectIds, Add);

        var measured = framework.MeasureDimensions.SelectMany(m => m.AspectIds).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < framework.Aspects.Count; i++)
        {
            if (!measured.Contains(framework.Aspects[i].Id))
            {
                Add($"$.aspects[{i}].id", $"没有任何措施维度覆盖方面“{framework.Aspects[i].Id}” / no measure dimension lists this aspect");
            }
        }

        foreach (var kind in framework.Kinds)
        {
            if (framework.SectionTitles.DocumentTitles.For(kind) is not { Count: > 0 })
            {
                Add("$.sectionTitles.documentTitles", $"缺少“{KindName(kind)}”的标题 / no document title for kind {KindName(kind)}");
            }
        }

        CheckTemplates(framework, Add);
        return errors;
    }

    /// <summary>Reports an unknown or malformed slot in one template.</summary>
    public static void CheckTemplate(string? template, string path, IReadOnlySet<string> allowed, Action<string, string> add)
    {
        if (template is null)
        {
            return;
        }
        if (!SlotTemplate.IsWellFormed(template))
        {
            add(path, "占位符括号不成对，应写成 {slot} 或 [[…]] / malformed slot braces");
            return;
        }
        foreach (var slot in SlotTemplate.SlotNames(template).Where(s => !allowed.Contains(s)))
        {
            var known = allowed.Count == 0 ? "此处不能使用占位符" : "可用：" + string.Join("、", allowed.Order(StringComparer.Ordinal));
            add(path, $"未知占位符 {{{slot}}}（{known}）/ unknown slot");
        }
    }

    private static void CheckTemplates(Framework f, Action<string, string> add)
    {
        CheckTemplate(f.MeetingTitle, "$.meetingTitle", FrameworkSlots.MeetingTitle, add);
        CheckPieces(f.Preamble, "$.preamble", add);
        foreach (var kind in Enum.GetValues<SubjectKind>())
        {
            if (f.Preamble.ByKind?.For(kind) is { } pieces)
            {
                CheckPieces(pieces, $"$.preamble.byKind.{KindName(kind)}", add);
            }
            var titles = f.SectionTitles.DocumentTitles.For(kind) ?? [];
            for (var i = 0; i < titles.Count; i++)
            {
                CheckTemplate(titles[i], $"$.sectionTitles.documentTitles.{KindName(kind)}[{i}]", FrameworkSlots.DocumentTitle, add);
            }
        }
        CheckHeading(f.SectionTitles.AspectHeading, "$.sectionTitles.aspectHeading", add);
        foreach (var list in new[] { ("previousRectification", f.SectionTitles.PreviousRectification), ("problems", f.SectionTitles.Problems), ("causes", f.SectionTitles.Causes), ("measures", f.SectionTitles.Measures) })
        {
            for (var i = 0; i < list.Item2.Count; i++)
            {
                CheckTemplate(list.Item2[i], $"$.sectionTitles.{list.Item1}[{i}]", FrameworkSlots.None, add);
            }
        }
        for (var i = 0; i < f.Aspects.Count; i++)
        {
            var a = f.Aspects[i];
            var at = $"$.aspects[{i}]";
            CheckHeading(a.Heading, at + ".heading", add);
            CheckTemplate(a.Covers, at + ".covers", FrameworkSlots.None, add);
            Each(a.Questions, at + ".questions", FrameworkSlots.None, add);
            Each(a.Hints, at + ".hints", FrameworkSlots.None, add);
            Each(a.PhraseBank.Select(p => p.Text).ToList(), at + ".phraseBank", FrameworkSlots.None, add, "text");
        }
        CheckPhrases(f.CauseDimensions.Select(c => c.PhraseBank).ToList(), "$.causeDimensions", add);
        CheckPhrases(f.MeasureDimensions.Select(m => m.PhraseBank).ToList(), "$.measureDimensions", add);
    }

    private static void CheckPieces(PreamblePieces pieces, string path, Action<string, string> add)
    {
        foreach (var (name, template) in pieces.InOrder())
        {
            CheckTemplate(template, $"{path}.{name}", FrameworkSlots.Preamble, add);
        }
    }

    private static void CheckHeading(string? heading, string path, Action<string, string> add)
    {
        if (heading is null)
        {
            return;
        }
        CheckTemplate(heading, path, FrameworkSlots.AspectHeading, add);
        if (!heading.Contains("{name}", StringComparison.Ordinal))
        {
            add(path, "方面标题模板缺少 {name} / the heading must contain {name}");
        }
    }

    private static void CheckPhrases(IReadOnlyList<IReadOnlyList<HeadlinePhrase>> banks, string path, Action<string, string> add)
    {
        for (var i = 0; i < banks.Count; i++)
        {
            for (var j = 0; j < banks[i].Count; j++)
            {
                CheckTemplate(banks[i][j].Headline, $"{path}[{i}].phraseBank[{j}].headline", FrameworkSlots.Voice, add);
                CheckTemplate(banks[i][j].Text, $"{path}[{i}].phraseBank[{j}].text", FrameworkSlots.Voice, add);
            }
        }
    }

    private static void Each(IReadOnlyList<string> texts, string path, IReadOnlySet<string> allowed, Action<string, string> add, string? property = null)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            CheckTemplate(texts[i], property is null ? $"{path}[{i}]" : $"{path}[{i}].{property}", allowed, add);
        }
    }

    private static void Unique(IEnumerable<string> values, string path, string property, string problem, Action<string, string> add)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var value in values)
        {
            if (!seen.Add(value))
            {
                add($"{path}[{index}].{property}", $"{problem}：{value} / duplicate {property}");
            }
            index++;
        }
    }

    private static void KnownAspects(IReadOnlyList<IReadOnlyList<string>> references, string path, HashSet<string> aspectIds, Action<string, string> add)
    {
        for (var i = 0; i < references.Count; i++)
        {
            for (var j = 0; j < references[i].Count; j++)
            {
                if (!aspectIds.Contains(references[i][j]))
                {
                    add($"{path}[{i}].aspectIds[{j}]", $"引用了不存在的方面：{references[i][j]} / unknown aspect id");
                }
            }
        }
    }

    /// <summary>The kind as written in the files: team, individual, branch, member.</summary>
    public static string KindName(SubjectKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
