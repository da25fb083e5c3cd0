using ReviewBot.Drafts.Model;

namespace ReviewBot.Drafts.Composition;

/// <summary>
/// What a draft holds and what it still lacks: problems per aspect, aspects without problems, problems without an
/// example or a measure, measures without 责任人 / 完成时限 or without a linked problem, and the 【待补】 left in the text.
/// Problem numbers are "aspect.problem" in the draft's aspect order, 1-based (2.1 = first problem of the second aspect).
/// </summary>
public sealed record DraftOutline(
    IReadOnlyList<AspectOutline> Aspects,
    int ProblemCount,
    int CauseCount,
    int MeasureCount,
    bool HasPreamble,
    IReadOnlyList<AspectOutline> AspectsWithoutProblems,
    IReadOnlyList<ProblemRef> ProblemsWithoutExample,
    IReadOnlyList<ProblemRef> ProblemsWithoutMeasure,
    IReadOnlyList<MeasureRef> MeasuresWithoutOwner,
    IReadOnlyList<MeasureRef> MeasuresWithoutDeadline,
    IReadOnlyList<MeasureRef> MeasuresWithoutProblem,
    int PlaceholderCount)
{
    /// <summary>Nothing missing and no 【待补】 left.</summary>
    public bool IsComplete =>
        HasPreamble && ProblemCount > 0 && CauseCount > 0 && MeasureCount > 0 && AspectsWithoutProblems.Count == 0
        && ProblemsWithoutExample.Count == 0 && ProblemsWithoutMeasure.Count == 0 && MeasuresWithoutOwner.Count == 0
        && MeasuresWithoutDeadline.Count == 0 && PlaceholderCount == 0;

    public static DraftOutline From(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var aspects = draft.Aspects.Select((a, i) => new AspectOutline(i + 1, a.AspectId, a.Name, a.Problems.Count,
            a.Problems.Count(p => HasText(p.Example)))).ToList();
        var linked = draft.Measures.SelectMany(m => m.ProblemIds).ToHashSet(StringComparer.Ordinal);
        var problems = draft.Aspects.SelectMany((a, i) => a.Problems.Select((p, j) =>
            (Problem: p, Ref: new ProblemRef(p.Id, $"{i + 1}.{j + 1}", a.Name, p.Headline)))).ToList();
        var measures = draft.Measures.Select((m, i) => (Measure: m, Ref: new MeasureRef(m.Id, i + 1, m.Headline))).ToList();
        var text = DraftComposer.Compose(draft).ToPlainText();

        return new DraftOutline(
            aspects,
            problems.Count,
            draft.Causes.Count,
            draft.Measures.Count,
            HasText(draft.Preamble),
            aspects.Where(a => a.ProblemCount == 0).ToList(),
            problems.Where(p => !HasText(p.Problem.Example)).Select(p => p.Ref).ToList(),
            problems.Where(p => !linked.Contains(p.Problem.Id)).Select(p => p.Ref).ToList(),
            measures.Where(m => !HasText(m.Measure.Owner)).Select(m => m.Ref).ToList(),
            measures.Where(m => !HasDeadline(m.Measure.Deadline)).Select(m => m.Ref).ToList(),
            measures.Where(m => m.Measure.ProblemIds.Count == 0).Select(m => m.Ref).ToList(),
            CountPlaceholders(text));
    }

    public static int CountPlaceholders(string text)
    {
        var count = 0;
        for (var i = text.IndexOf(DraftComposer.PlaceholderStart, StringComparison.Ordinal); i >= 0;
             i = text.IndexOf(DraftComposer.PlaceholderStart, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    /// <summary>Given and not a 【待补】 placeholder.</summary>
    private static bool HasText(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !text.Contains(DraftComposer.PlaceholderStart, StringComparison.Ordinal);

    private static bool HasDeadline(Deadline? deadline) =>
        deadline is not null && (deadline.Kind != DeadlineKind.Date || deadline.Date is not null || HasText(deadline.Text));
}

/// <summary>One aspect: its 1-based number in the draft, how many problems and how many of them have an example.</summary>
public sealed record AspectOutline(int Number, string AspectId, string Name, int ProblemCount, int ExampleCount);

/// <summary>A problem as numbered in the preview ("2.1").</summary>
public sealed record ProblemRef(string ProblemId, string Number, string AspectName, string Headline);

/// <summary>A measure by its 1-based number.</summary>
public sealed record MeasureRef(string MeasureId, int Number, string Headline);
