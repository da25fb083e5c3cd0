using System.Globalization;
using System.Text.Json.Serialization;
using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Frameworks;

/// <summary>
/// One year's review framework, loaded from <c>dialogs/frameworks/{id}.json</c> (or built at run time for 自定义):
/// the aspects to walk through, cause and measure dimensions, preamble pieces and the document's titles.
/// </summary>
public sealed partial record Framework
{
    public const string CustomId = "custom";

    public required string Id { get; init; }
    /// <summary>Shown in menus, e.g. 2023年度主题教育专题民主生活会.</summary>
    public required string Title { get; init; }
    /// <summary>The meeting's name in the document; a template that may use {year}.</summary>
    public required string MeetingTitle { get; init; }
    public required MeetingType MeetingType { get; init; }
    /// <summary>The year the framework is for; null when it fits any year (the user gives the year).</summary>
    public int? Year { get; init; }
    public required IReadOnlyList<SubjectKind> Kinds { get; init; }
    public required string Theme { get; init; }
    /// <summary>Shown when choosing the framework, e.g. that the aspect list should be checked against the notice.</summary>
    public string? Note { get; init; }
    public required PreambleTemplate Preamble { get; init; }
    public required IReadOnlyList<Aspect> Aspects { get; init; }
    public required IReadOnlyList<CauseDimension> CauseDimensions { get; init; }
    public required IReadOnlyList<MeasureDimension> MeasureDimensions { get; init; }
    public required FrameworkSectionTitles SectionTitles { get; init; }
    public required NumberingStyle Numbering { get; init; }

    /// <summary>Built from the user's own aspect list rather than loaded from a file.</summary>
    [JsonIgnore]
    public bool IsCustom { get; init; }

    public bool Serves(SubjectKind kind) => Kinds.Contains(kind);

    public Aspect? FindAspect(string aspectId) =>
        Aspects.FirstOrDefault(a => string.Equals(a.Id, aspectId, StringComparison.Ordinal));

    /// <summary>The meeting's name for a year: 2023年度主题教育专题民主生活会, or {year}年度组织生活会 filled in.</summary>
    public string MeetingTitleFor(int year) =>
        SlotTemplate.Fill(MeetingTitle,
            new Dictionary<string, string?> { ["year"] = year.ToString(CultureInfo.InvariantCulture) }, _ => string.Empty);

    /// <summary>The titles for a kind; <paramref name="documentTitleVariant"/> picks e.g. 发言提纲 instead of 对照检查材料.</summary>
    public SectionTitles SectionTitlesFor(SubjectKind kind, int documentTitleVariant = 0)
    {
        var documentTitles = SectionTitles.DocumentTitles.For(kind);
        return new SectionTitles
        {
            DocumentTitle = documentTitles is { Count: > 0 }
                ? documentTitles[Math.Clamp(documentTitleVariant, 0, documentTitles.Count - 1)]
                : null,
            PreviousRectification = SectionTitles.PreviousRectification[0],
            Problems = SectionTitles.Problems[0],
            Causes = SectionTitles.Causes[0],
            Measures = SectionTitles.Measures[0],
            AspectHeading = SectionTitles.AspectHeading,
        };
    }

    /// <summary>
    /// The draft set-up for this framework: meeting title, titles and numbering copied in so the draft keeps its shape.
    /// </summary>
    /// <exception cref="ArgumentException">The framework does not serve <paramref name="kind"/>.</exception>
    public DraftSetup CreateSetup(SubjectKind kind, string unitName, int year, PersonInfo? person = null, int documentTitleVariant = 0)
    {
        if (!Serves(kind))
        {
            throw new ArgumentException($"“{Title}”不适用于{KindLabel(kind)}材料。/ framework {Id} does not serve {kind}.", nameof(kind));
        }
        return new DraftSetup
        {
            Kind = kind,
            FrameworkId = Id,
            MeetingTitle = MeetingTitleFor(year),
            UnitName = unitName,
            Year = year,
            Person = person,
            Titles = SectionTitlesFor(kind, documentTitleVariant),
            Numbering = Numbering,
        };
    }

    /// <summary>One empty section per aspect, in the framework's order, for a new draft.</summary>
    public List<AspectSection> CreateAspectSections() =>
        Aspects.Select(a => new AspectSection { AspectId = a.Id, Name = a.Name, Heading = a.Heading }).ToList();

    /// <summary>班子 / 个人 / 支部 / 党员.</summary>
    public static string KindLabel(SubjectKind kind) => kind switch
    {
        SubjectKind.Team => "班子",
        SubjectKind.Individual => "个人",
        SubjectKind.Branch => "支部",
        SubjectKind.Member => "党员",
        _ => kind.ToString(),
    };
}
