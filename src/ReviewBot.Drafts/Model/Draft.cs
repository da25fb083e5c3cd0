namespace ReviewBot.Drafts.Model;

/// <summary>
/// One 对照检查材料 in progress: the set-up, the preamble and the three parts. Every item keeps the user's own
/// words (<c>RawInput</c>) beside the phrased text, and who contributed it.
/// </summary>
public sealed record Draft
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required DraftSetup Setup { get; init; }
    public string? Preamble { get; init; }
    public List<AspectSection> Aspects { get; init; } = [];
    public List<CauseItem> Causes { get; init; } = [];
    public List<MeasureItem> Measures { get; init; } = [];
    /// <summary>上年度整改落实情况, when there was a previous material.</summary>
    public string? PreviousRectification { get; init; }
    /// <summary>What phrasing this draft with a model has cost so far; null when no model was ever used for it.</summary>
    public ModelUsage? ModelUsage { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>Who the material is for and under which framework.</summary>
public sealed record DraftSetup
{
    public required SubjectKind Kind { get; init; }
    public required string FrameworkId { get; init; }
    /// <summary>e.g. 2023年度主题教育专题民主生活会 — copied from the framework at set-up so old drafts keep their title.</summary>
    public required string MeetingTitle { get; init; }
    public required string UnitName { get; init; }
    public required int Year { get; init; }
    public PersonInfo? Person { get; init; }
    /// <summary>Section and document titles from the framework.</summary>
    public SectionTitles Titles { get; init; } = new();
    public NumberingStyle Numbering { get; init; } = new();
}

/// <summary>班子 (a leadership team), 个人 (a member's own material), 支部 (a branch), 党员 (a party member).</summary>
public enum SubjectKind
{
    Team,
    Individual,
    Branch,
    Member,
}

public sealed record PersonInfo(string Name, string? Post, string? Portfolio);

/// <summary>One 对照方面 and the problems found under it.</summary>
public sealed record AspectSection
{
    public required string AspectId { get; init; }
    public required string Name { get; init; }
    /// <summary>Overrides <see cref="SectionTitles.AspectHeading"/> for this aspect (slot {name}).</summary>
    public string? Heading { get; init; }
    public List<ProblemItem> Problems { get; init; } = [];
}

public sealed record ProblemItem
{
    public required string Id { get; init; }
    /// <summary>The user's own words, kept verbatim.</summary>
    public required string RawInput { get; init; }
    /// <summary>The judgement sentence, e.g. 学习的系统性还不够强.</summary>
    public required string Headline { get; init; }
    public string? Elaboration { get; init; }
    /// <summary>The concrete example, without the leading 如，.</summary>
    public string? Example { get; init; }
    public Contributor? Contributor { get; init; }
    /// <summary>
    /// A model's polished wording that arrived after the user had accepted this problem as phrased; not part of the
    /// material until the user takes it (用润色版). Dropped when the problem is edited.
    /// </summary>
    public ProblemAlternative? PendingAlternative { get; init; }
}

/// <summary>Another wording of a problem, and the text it was offered to replace (so a changed problem is never overwritten).</summary>
public sealed record ProblemAlternative(string Headline, string? Elaboration, string? Example, string Replaces);

public sealed record CauseItem
{
    public required string Id { get; init; }
    public string? DimensionId { get; init; }
    public required string Headline { get; init; }
    public string? Text { get; init; }
    public string? RawInput { get; init; }
    public Contributor? Contributor { get; init; }
}

public sealed record MeasureItem
{
    public required string Id { get; init; }
    public required string Headline { get; init; }
    public string? Text { get; init; }
    public string? RawInput { get; init; }
    /// <summary>Ids of the problems this measure answers.</summary>
    public List<string> ProblemIds { get; init; } = [];
    public string? Owner { get; init; }
    public Deadline? Deadline { get; init; }
    public Contributor? Contributor { get; init; }
}

/// <summary>完成时限: a date, 立行立改 (immediately) or 长期坚持 (ongoing), with the user's words.</summary>
public sealed record Deadline(DeadlineKind Kind, DateOnly? Date, string Text);

public enum DeadlineKind
{
    Date,
    Immediate,
    Ongoing,
}

/// <summary>Who gave an item (group chats draft together).</summary>
public sealed record Contributor(string UserId, string? Name);
