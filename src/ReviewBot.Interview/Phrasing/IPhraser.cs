namespace ReviewBot.Interview.Phrasing;

/// <summary>
/// Turns the user's plain words into the genre's phrasing. <see cref="BuiltInPhraser"/> is the rule-based default; an
/// LLM phraser implements the same interface and falls back to the built-in one. Every implementation keeps every fact
/// the user gave (see <see cref="FactExtractor.MissingFacts"/>) and writes 【待补：…】 for what is missing.
/// </summary>
public interface IPhraser
{
    /// <summary>One problem: a headline (judgement sentence), an elaboration in the subject's voice and the example (如，…).</summary>
    Task<PhrasedProblem> PhraseProblemAsync(ProblemRequest request, CancellationToken cancellationToken);

    /// <summary>The same problem again in another style (更正式 / 更简洁 / 更具体 / 换个说法), from <c>request.RawInput</c>.</summary>
    Task<PhrasedProblem> RephraseProblemAsync(ProblemRequest request, PhrasedProblem current, RephraseStyle style, CancellationToken cancellationToken);

    /// <summary>Causes along the framework's cause dimensions, from all the problems so far (with a notice when a model fell back).</summary>
    Task<Phrased<IReadOnlyList<CauseSuggestion>>> SuggestCausesAsync(CausesRequest request, CancellationToken cancellationToken);

    /// <summary>Measures that answer the problems, each linked to the problem ids it answers (with a notice when a model fell back).</summary>
    Task<Phrased<IReadOnlyList<MeasureSuggestion>>> SuggestMeasuresAsync(MeasuresRequest request, CancellationToken cancellationToken);

    /// <summary>The preamble paragraph from the framework and the set-up (with a notice when a model fell back).</summary>
    Task<Phrased<string>> ComposePreambleAsync(PreambleRequest request, CancellationToken cancellationToken);
}
