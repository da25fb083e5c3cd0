using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Llm.Tasks;

namespace ReviewBot.Llm.Evaluation;

/// <summary>One side of a comparison: the phrasing, and what the checks found in it.</summary>
public sealed record EvalSide(PhrasedProblem Phrased, IReadOnlyList<string> MissingFacts, IReadOnlyList<string> InventedFigures, IReadOnlyList<string> GenericPhrases)
{
    public static EvalSide Of(string raw, PhrasedProblem phrased, GenericPhraseList generic)
    {
        var text = phrased.ToText();
        return new EvalSide(phrased,
            FactExtractor.MissingFacts(raw, text).Select(f => f.Key).ToList(),
            FactCheck.InventedFigures(raw, text),
            generic.FindIn(text).Select(g => g.Text).ToList());
    }
}

/// <summary>A sample with the built-in and the model's phrasing, first as asked and then 更简洁.</summary>
public sealed record EvalRow(EvalSample Sample, IReadOnlyList<string> Facts, EvalSide BuiltIn, EvalSide Model, EvalSide BuiltInConcise, EvalSide ModelConcise);

/// <summary>Runs phrase-problem and rephrase-problem (更简洁) over the samples with both phrasers.</summary>
public sealed class EvalRunner(IPhraser model, BuiltInPhraser builtIn, FrameworkCatalog catalog, GenericPhraseList generic)
{
    public async Task<IReadOnlyList<EvalRow>> RunAsync(IReadOnlyList<EvalSample> samples, CancellationToken cancellationToken)
    {
        var rows = new List<EvalRow>();
        foreach (var sample in samples)
        {
            var request = sample.ToRequest(catalog);
            var b = await builtIn.PhraseProblemAsync(request, cancellationToken).ConfigureAwait(false);
            var m = await model.PhraseProblemAsync(request, cancellationToken).ConfigureAwait(false);
            var bc = await builtIn.RephraseProblemAsync(request, b, RephraseStyle.MoreConcise, cancellationToken).ConfigureAwait(false);
            var mc = await model.RephraseProblemAsync(request, m, RephraseStyle.MoreConcise, cancellationToken).ConfigureAwait(false);
            rows.Add(new EvalRow(sample, FactExtractor.Extract(sample.RawInput).Select(f => f.Key).ToList(),
                EvalSide.Of(sample.RawInput, b, generic), EvalSide.Of(sample.RawInput, m, generic),
                EvalSide.Of(sample.RawInput, bc, generic), EvalSide.Of(sample.RawInput, mc, generic)));
        }
        return rows;
    }
}
