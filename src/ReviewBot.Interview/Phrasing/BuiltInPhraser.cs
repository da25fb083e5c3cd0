namespace ReviewBot.Interview.Phrasing;

/// <summary>
/// The default, rule-based <see cref="IPhraser"/>: deterministic, instant, no model. It only rearranges and tidies the
/// user's words (voice, punctuation, fillers, example split), takes headlines from the framework's phrase banks, and
/// marks what is missing with 【待补：…】 — it never adds a fact.
/// </summary>
public sealed class BuiltInPhraser : IPhraser
{
    private readonly PhrasingTemplates _templates;
    private readonly ProblemPhrasing _problems;

    public BuiltInPhraser(PhrasingTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _templates = templates;
        _problems = new ProblemPhrasing(templates);
    }

    public Task<PhrasedProblem> PhraseProblemAsync(ProblemRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_problems.Phrase(request, style: null, current: null));
    }

    public Task<PhrasedProblem> RephraseProblemAsync(ProblemRequest request, PhrasedProblem current, RephraseStyle style, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(current);
        return Task.FromResult(_problems.Phrase(request, style, current));
    }

    public Task<Phrased<IReadOnlyList<CauseSuggestion>>> SuggestCausesAsync(CausesRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Phrased.Of(CauseSuggester.Suggest(request, _templates)));
    }

    public Task<Phrased<IReadOnlyList<MeasureSuggestion>>> SuggestMeasuresAsync(MeasuresRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Phrased.Of(MeasureSuggester.Suggest(request, _templates)));
    }

    public Task<Phrased<string>> ComposePreambleAsync(PreambleRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Phrased.Of(PreambleWriter.Compose(request, _templates)));
    }
}
