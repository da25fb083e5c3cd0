using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Phrasing;

/// <summary>
/// One cause per dimension that the problems point to (by aspect or keyword), plus the framework's default dimensions;
/// headline and paragraph from the dimension's phrase bank in the subject's voice — no facts.
/// </summary>
internal static class CauseSuggester
{
    public static IReadOnlyList<CauseSuggestion> Suggest(CausesRequest request, PhrasingTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(request);
        var voice = templates.VoiceFor(request.Kind).Slots();
        var problems = request.Aspects.SelectMany(a => a.Problems.Select(p => (a.AspectId, Problem: p, Text: ProblemText(p)))).ToList();
        var suggestions = new List<CauseSuggestion>();
        foreach (var dimension in request.Framework.CauseDimensions)
        {
            var matched = problems
                .Where(p => dimension.AspectIds.Contains(p.AspectId) || dimension.Keywords.Any(k => p.Text.Contains(k, StringComparison.Ordinal)))
                .Select(p => p.Problem.Id)
                .ToList();
            if (matched.Count == 0 && !dimension.Default)
            {
                continue;
            }
            var phrase = dimension.PhraseBank[0];
            suggestions.Add(new CauseSuggestion(
                dimension.Id,
                dimension.Name,
                ChinesePunctuation.TrimSentenceEnd(SlotTemplate.Fill(phrase.Headline, voice, _ => string.Empty)),
                ChinesePunctuation.Normalize(SlotTemplate.Fill(phrase.Text, voice, _ => string.Empty)),
                matched,
                matched.Count > 0));
        }
        if (suggestions.Count == 0 && request.Framework.CauseDimensions.Count > 0)
        {
            var first = request.Framework.CauseDimensions[0];
            suggestions.Add(new CauseSuggestion(first.Id, first.Name,
                ChinesePunctuation.TrimSentenceEnd(SlotTemplate.Fill(first.PhraseBank[0].Headline, voice, _ => string.Empty)),
                ChinesePunctuation.Normalize(SlotTemplate.Fill(first.PhraseBank[0].Text, voice, _ => string.Empty)), [], false));
        }
        return suggestions;
    }

    internal static string ProblemText(ProblemItem p) => string.Concat(p.Headline, p.Elaboration, p.Example, p.RawInput);
}
