using ReviewBot.Drafts.Composition;

namespace ReviewBot.Interview.Phrasing;

public enum PhrasingSource
{
    BuiltIn,
    Llm,
}

/// <summary>更正式 / 更简洁 / 更具体 / 换个说法.</summary>
public enum RephraseStyle
{
    MoreFormal,
    MoreConcise,
    MoreSpecific,
    Alternative,
}

/// <summary>A phrased problem, ready to become a <c>ProblemItem</c>.</summary>
public sealed record PhrasedProblem
{
    /// <summary>The judgement sentence, without final 。</summary>
    public required string Headline { get; init; }
    /// <summary>The user's statement in the subject's voice, ending with 。; may be empty when the user gave only an example.</summary>
    public required string Elaboration { get; init; }
    /// <summary>The example without 如， and without its final 。; 【待补：具体事例】 when none was given.</summary>
    public string? Example { get; init; }
    /// <summary>Headlines to offer as numbered choices, best first (the chosen one included).</summary>
    public IReadOnlyList<string> HeadlineChoices { get; init; } = [];
    /// <summary>The 【待补：…】 placeholders in the result.</summary>
    public IReadOnlyList<string> Placeholders { get; init; } = [];
    public PhrasingSource Source { get; init; } = PhrasingSource.BuiltIn;
    public RephraseStyle? Style { get; init; }
    /// <summary>One short line for the user when the model could not help and the built-in phrasing answered, or the model was slow.</summary>
    public string? Notice { get; init; }

    /// <summary>As it reads in the material: "{headline}。{elaboration}如，{example}。"</summary>
    public string ToText(string exampleLead = "如，") => DraftComposer.ComposeProblem(Headline, Elaboration, Example, exampleLead);
}

/// <summary>A cause along one dimension: headline and paragraph in the subject's voice, with the problems it explains.</summary>
public sealed record CauseSuggestion(
    string DimensionId,
    string DimensionName,
    string Headline,
    string Text,
    IReadOnlyList<string> ProblemIds,
    bool MatchedProblems);

/// <summary>A measure: 四字+四字 headline, what to do, the problems it answers, and 责任人 / 完成时限 (or 【待补】).</summary>
public sealed record MeasureSuggestion(
    string? DimensionId,
    string Headline,
    string Text,
    IReadOnlyList<string> ProblemIds,
    string Owner,
    string Deadline);
