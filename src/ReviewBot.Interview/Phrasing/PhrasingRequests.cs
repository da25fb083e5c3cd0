using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Frameworks;

namespace ReviewBot.Interview.Phrasing;

/// <summary>One problem in the user's words, under one aspect.</summary>
public sealed record ProblemRequest
{
    /// <summary>Longer answers are refused with a message; the dialog should say so before calling.</summary>
    public const int MaxRawInputLength = 2000;

    public required Framework Framework { get; init; }
    public required Aspect Aspect { get; init; }
    public required SubjectKind Kind { get; init; }
    /// <summary>The user's own words, e.g. 今年理论学习中心组只学了4次，很多时候是念文件，比如…</summary>
    public required string RawInput { get; init; }
    /// <summary>Headlines already used in this aspect, so 一是 and 二是 do not get the same one.</summary>
    public IReadOnlyList<string> AvoidHeadlines { get; init; } = [];
    /// <summary>The draft the request is for: token usage is recorded against it (optional).</summary>
    public string? DraftId { get; init; }
    /// <summary>The unit's name, so an external model's request can hide it (optional; see LLM:Redact).</summary>
    public string? UnitName { get; init; }
    /// <summary>The subject person's name, hidden the same way (optional).</summary>
    public string? PersonName { get; init; }
    /// <summary>
    /// Where the user sees this phrasing, so a model answer slower than the turn can be sent there later (optional;
    /// without it a slow model's answer is only cached). Never sent to the model.
    /// </summary>
    public LatePhrasingTarget? LateTarget { get; init; }
}

/// <summary>All problems so far (the draft's aspect sections), to suggest causes from.</summary>
public sealed record CausesRequest
{
    public required Framework Framework { get; init; }
    public required SubjectKind Kind { get; init; }
    public required IReadOnlyList<AspectSection> Aspects { get; init; }
    /// <summary>The draft the request is for: token usage is recorded against it (optional).</summary>
    public string? DraftId { get; init; }
    /// <summary>The unit's name, so an external model's request can hide it (optional; see LLM:Redact).</summary>
    public string? UnitName { get; init; }
    /// <summary>The subject person's name, hidden the same way (optional).</summary>
    public string? PersonName { get; init; }
}

public enum MeasureGrouping
{
    /// <summary>One measure per aspect with problems, linked to all of them (the genre's usual way).</summary>
    ByAspect,
    /// <summary>One measure per problem.</summary>
    ByProblem,
}

/// <summary>The problems to answer, and 责任人 / 完成时限 when the user already gave them.</summary>
public sealed record MeasuresRequest
{
    public required Framework Framework { get; init; }
    public required SubjectKind Kind { get; init; }
    public required IReadOnlyList<AspectSection> Aspects { get; init; }
    public MeasureGrouping Grouping { get; init; } = MeasureGrouping.ByAspect;
    public string? Owner { get; init; }
    public string? Deadline { get; init; }
    /// <summary>The draft the request is for: token usage is recorded against it (optional).</summary>
    public string? DraftId { get; init; }
    /// <summary>The unit's name, so an external model's request can hide it (optional; see LLM:Redact).</summary>
    public string? UnitName { get; init; }
    /// <summary>The subject person's name, hidden the same way (optional).</summary>
    public string? PersonName { get; init; }
}

/// <summary>What the preamble needs; counts the user has not given become 【待补：…】.</summary>
public sealed record PreambleRequest
{
    public required Framework Framework { get; init; }
    public required SubjectKind Kind { get; init; }
    public required string UnitName { get; init; }
    public required int Year { get; init; }
    public PersonInfo? Person { get; init; }
    /// <summary>征求意见建议条数.</summary>
    public int? OpinionCount { get; init; }
    /// <summary>谈心谈话人次.</summary>
    public int? TalkCount { get; init; }
    /// <summary>会前学习篇目; null: the framework's list.</summary>
    public IReadOnlyList<string>? StudyItems { get; init; }
    /// <summary>The draft the request is for: token usage is recorded against it (optional).</summary>
    public string? DraftId { get; init; }
}
