using System.Text.RegularExpressions;
using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Frameworks;

/// <summary>dialogs/custom/custom-framework.json: what a 自定义 framework uses besides causes and measures.</summary>
public sealed record CustomFrameworkTemplate
{
    public required string Title { get; init; }
    public required CustomMeetingTitles MeetingTitles { get; init; }
    public required PreambleTemplate Preamble { get; init; }
    public required FrameworkSectionTitles SectionTitles { get; init; }
    public required NumberingStyle Numbering { get; init; }
    public required CustomAspectTemplate Aspect { get; init; }
}

public sealed record CustomMeetingTitles(string MinzhuShenghuohui, string ZuzhiShenghuohui);

/// <summary>Questions, hints and headlines for an aspect no shipped framework knows; {name} is the aspect as typed.</summary>
public sealed record CustomAspectTemplate
{
    public required string Covers { get; init; }
    public required IReadOnlyList<string> Questions { get; init; }
    public required IReadOnlyList<string> Hints { get; init; }
    public required IReadOnlyList<PhraseEntry> PhraseBank { get; init; }
}

/// <summary>How to build a 自定义 framework.</summary>
public sealed record CustomFrameworkOptions
{
    /// <summary>The shipped framework whose cause and measure dimensions the custom one uses.</summary>
    public required Framework Basis { get; init; }
    public required CustomFrameworkTemplate Template { get; init; }
    /// <summary>Aspects of shipped frameworks; a typed name that matches one (理论学习, 政治忠诚 …) reuses its questions and phrase bank.</summary>
    public IReadOnlyList<Aspect> KnownAspects { get; init; } = [];
    /// <summary>The meeting's name as in the notice (may use {year}); null: the template's default for the basis' meeting type.</summary>
    public string? MeetingTitle { get; init; }
    public int? Year { get; init; }
    /// <summary>Kinds the custom framework serves; null: all four.</summary>
    public IReadOnlyList<SubjectKind>? Kinds { get; init; }
}

public sealed partial record Framework
{
    public const int MaxCustomAspects = 20;
    public const int MaxCustomAspectLength = 40;

    /// <summary>
    /// Builds a framework from the aspect list in the user's own notice. Names are cleaned (numbering, quotes and a
    /// trailing 等六个方面 removed, duplicates dropped); known aspects keep their questions and phrase bank.
    /// </summary>
    /// <exception cref="ArgumentException">No usable name, more than <see cref="MaxCustomAspects"/>, or a name that is too long — with a Chinese message for the user.</exception>
    public static Framework CreateCustom(string[] aspectNames, CustomFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(aspectNames);
        ArgumentNullException.ThrowIfNull(options);
        var names = aspectNames.Select(CleanAspectName).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            throw new ArgumentException("请至少输入一个对照方面，例如：理论学习、政治素质、能力本领。", nameof(aspectNames));
        }
        if (names.Count > MaxCustomAspects)
        {
            throw new ArgumentException($"对照方面最多 {MaxCustomAspects} 个，您输入了 {names.Count} 个。", nameof(aspectNames));
        }
        if (names.FirstOrDefault(n => n.Length > MaxCustomAspectLength) is { } tooLong)
        {
            throw new ArgumentException($"方面名称最长 {MaxCustomAspectLength} 个字：“{tooLong[..12]}……”太长了，请只写方面名称。", nameof(aspectNames));
        }

        var template = options.Template;
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var aspects = names.Select((name, i) =>
        {
            var known = options.KnownAspects.FirstOrDefault(a => SameAspect(a.Name, name) || (a.ShortName is { } s && SameAspect(s, name)));
            var id = known is not null && usedIds.Add(known.Id) ? known.Id : $"custom-{i + 1}";
            usedIds.Add(id);
            return known is not null
                ? known with { Id = id, Name = name, ShortName = null, Heading = null }
                : NewCustomAspect(id, name, template.Aspect);
        }).ToList();

        var basis = options.Basis;
        return new Framework
        {
            Id = CustomId,
            Title = template.Title,
            MeetingTitle = options.MeetingTitle ?? (basis.MeetingType == MeetingType.ZuzhiShenghuohui
                ? template.MeetingTitles.ZuzhiShenghuohui
                : template.MeetingTitles.MinzhuShenghuohui),
            MeetingType = basis.MeetingType,
            Year = options.Year,
            Kinds = options.Kinds ?? Enum.GetValues<SubjectKind>(),
            Theme = string.Empty,
            Preamble = template.Preamble,
            Aspects = aspects,
            CauseDimensions = basis.CauseDimensions,
            MeasureDimensions = basis.MeasureDimensions,
            SectionTitles = template.SectionTitles,
            Numbering = template.Numbering,
            IsCustom = true,
        };
    }

    /// <summary>Splits a typed list such as "理论学习、政治素质；能力本领等三个方面" into names.</summary>
    public static string[] ParseAspectList(string typed) =>
        ListSeparators().Split(typed ?? string.Empty).Select(CleanAspectName).Where(n => n.Length > 0).ToArray();

    /// <summary>Drops numbering (1. （一） 一是 ①), quotes, 方面 and a trailing 等六个方面.</summary>
    public static string CleanAspectName(string? name)
    {
        var s = ChinesePunctuation.Normalize(name ?? string.Empty);
        s = TrailingCount().Replace(s, string.Empty);
        s = LeadingNumber().Replace(s, string.Empty);
        s = s.Trim();
        if (s.EndsWith("方面", StringComparison.Ordinal) && s.Length > 2)
        {
            s = s[..^2].TrimEnd('的', ' ');
        }
        return s.Trim().Trim('“', '”', '"', '\'', '‘', '’', '《', '》', '。', '，', '、', '；', '：', ' ').Trim();
    }

    private static bool SameAspect(string a, string b) => Comparable(a) == Comparable(b);

    private static string Comparable(string name) =>
        CleanAspectName(name).Replace("带头", string.Empty, StringComparison.Ordinal).Replace("“", string.Empty, StringComparison.Ordinal)
            .Replace("”", string.Empty, StringComparison.Ordinal);

    private static Aspect NewCustomAspect(string id, string name, CustomAspectTemplate template)
    {
        var values = new Dictionary<string, string?> { ["name"] = name };
        string Fill(string t) => SlotTemplate.Fill(t, values, _ => string.Empty);
        return new Aspect
        {
            Id = id,
            Name = name,
            Covers = Fill(template.Covers),
            Questions = template.Questions.Select(Fill).ToList(),
            Hints = template.Hints.Select(Fill).ToList(),
            PhraseBank = template.PhraseBank.Select(p => p with { Text = Fill(p.Text) }).ToList(),
        };
    }

    [GeneratedRegex(@"[、，,；;\n/|]+")]
    private static partial Regex ListSeparators();

    [GeneratedRegex(@"^\s*(（[一二三四五六七八九十]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[.、．)）]|[①②③④⑤⑥⑦⑧⑨⑩])\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"等?[一二三四五六七八九十两\d]+个方面.*$")]
    private static partial Regex TrailingCount();
}
