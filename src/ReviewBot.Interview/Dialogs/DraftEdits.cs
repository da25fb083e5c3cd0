using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Dialogs;

/// <summary>Small immutable edits of a draft used by the dialogs.</summary>
public static class DraftEdits
{
    public static Draft AddProblem(this Draft draft, int aspectIndex, ProblemItem problem)
    {
        var aspects = draft.Aspects.ToList();
        var aspect = aspects[aspectIndex];
        aspects[aspectIndex] = aspect with { Problems = [.. aspect.Problems, problem] };
        return draft with { Aspects = aspects };
    }

    public static Draft ReplaceProblem(this Draft draft, int aspectIndex, int problemIndex, ProblemItem problem)
    {
        var aspects = draft.Aspects.ToList();
        var problems = aspects[aspectIndex].Problems.ToList();
        problems[problemIndex] = problem;
        aspects[aspectIndex] = aspects[aspectIndex] with { Problems = problems };
        return draft with { Aspects = aspects };
    }

    public static Draft RemoveProblem(this Draft draft, int aspectIndex, int problemIndex)
    {
        var aspects = draft.Aspects.ToList();
        var problem = aspects[aspectIndex].Problems[problemIndex];
        var problems = aspects[aspectIndex].Problems.ToList();
        problems.RemoveAt(problemIndex);
        aspects[aspectIndex] = aspects[aspectIndex] with { Problems = problems };
        // Measures no longer answer a removed problem.
        var measures = draft.Measures.Select(m => m with { ProblemIds = m.ProblemIds.Where(id => id != problem.Id).ToList() }).ToList();
        return draft with { Aspects = aspects, Measures = measures };
    }

    public static IEnumerable<ProblemItem> AllProblems(this Draft draft) => draft.Aspects.SelectMany(a => a.Problems);

    /// <summary>Problems that no measure answers yet.</summary>
    public static IReadOnlyList<ProblemItem> ProblemsWithoutMeasure(this Draft draft)
    {
        var answered = draft.Measures.SelectMany(m => m.ProblemIds).ToHashSet(StringComparer.Ordinal);
        return draft.AllProblems().Where(p => !answered.Contains(p.Id)).ToList();
    }

    /// <summary>Reads a typed correction (headline。elaboration 如，example) into a problem, keeping the user's words.</summary>
    public static ProblemItem ProblemFromTypedText(string id, string text, ProblemItem? previous, Contributor contributor)
    {
        var trimmed = text.Trim();
        string? example = null;
        var exampleAt = trimmed.IndexOf("如，", StringComparison.Ordinal);
        if (exampleAt > 0)
        {
            example = trimmed[(exampleAt + 2)..].TrimEnd('。');
            trimmed = trimmed[..exampleAt];
        }
        var firstStop = trimmed.IndexOf('。', StringComparison.Ordinal);
        var headline = firstStop > 0 ? trimmed[..firstStop] : trimmed.TrimEnd('。');
        var elaboration = firstStop > 0 && firstStop + 1 < trimmed.Length ? trimmed[(firstStop + 1)..] : null;
        return new ProblemItem
        {
            Id = id,
            RawInput = previous?.RawInput ?? text,
            Headline = headline.Trim(),
            Elaboration = string.IsNullOrWhiteSpace(elaboration) ? null : elaboration.Trim(),
            Example = string.IsNullOrWhiteSpace(example) ? null : example.Trim(),
            Contributor = contributor,
        };
    }
}
