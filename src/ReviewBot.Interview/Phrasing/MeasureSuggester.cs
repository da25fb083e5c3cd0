using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Frameworks;

namespace ReviewBot.Interview.Phrasing;

/// <summary>
/// Measures that answer the problems: per aspect (or per problem), a 四字+四字 headline and what to do from the measure
/// dimension that covers the aspect, linked to the problem ids; 责任人 / 完成时限 as given or 【待补】.
/// </summary>
internal static class MeasureSuggester
{
    public static IReadOnlyList<MeasureSuggestion> Suggest(MeasuresRequest request, PhrasingTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(request);
        var framework = request.Framework;
        var voice = templates.VoiceFor(request.Kind).Slots();
        var owner = string.IsNullOrWhiteSpace(request.Owner) ? templates.Placeholders.Owner : request.Owner.Trim();
        var deadline = string.IsNullOrWhiteSpace(request.Deadline) ? templates.Placeholders.Deadline : request.Deadline.Trim();
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var suggestions = new List<MeasureSuggestion>();
        var groupIndex = 0;

        foreach (var section in request.Aspects.Where(a => a.Problems.Count > 0))
        {
            var label = framework.FindAspect(section.AspectId)?.Label ?? section.Name;
            var groups = request.Grouping == MeasureGrouping.ByProblem
                ? section.Problems.Select(p => (IReadOnlyList<ProblemItem>)[p])
                : [section.Problems];
            foreach (var problems in groups)
            {
                var text = string.Concat(problems.Select(CauseSuggester.ProblemText)) + label;
                var dimension = ChooseDimension(framework, section.AspectId, text, groupIndex++);
                if (dimension is null)
                {
                    continue;
                }
                var phrase = NextPhrase(dimension, used);
                var intro = request.Grouping == MeasureGrouping.ByProblem
                    ? templates.MeasureIntros.ByProblem.Replace("{headline}", ChinesePunctuation.TrimSentenceEnd(problems[0].Headline), StringComparison.Ordinal)
                    : templates.MeasureIntros.ByAspect.Replace("{aspectName}", label, StringComparison.Ordinal);
                suggestions.Add(new MeasureSuggestion(
                    dimension.Id,
                    ChinesePunctuation.TrimSentenceEnd(SlotTemplate.Fill(phrase.Headline, voice, _ => string.Empty)),
                    ChinesePunctuation.Normalize(intro + SlotTemplate.Fill(phrase.Text, voice, _ => string.Empty)),
                    problems.Select(p => p.Id).ToList(),
                    owner,
                    deadline));
            }
        }
        return suggestions;
    }

    /// <summary>The dimension listing the aspect; else the best keyword match; else one in turn (custom aspects).</summary>
    private static MeasureDimension? ChooseDimension(Framework framework, string aspectId, string text, int turn)
    {
        var dimensions = framework.MeasureDimensions;
        if (dimensions.Count == 0)
        {
            return null;
        }
        return dimensions.FirstOrDefault(d => d.AspectIds.Contains(aspectId))
            ?? dimensions
                .Select((d, i) => (Dimension: d, Score: d.Keywords.Where(k => text.Contains(k, StringComparison.Ordinal)).Sum(k => k.Length), Index: i))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score).ThenBy(x => x.Index)
                .Select(x => x.Dimension)
                .FirstOrDefault()
            ?? dimensions[turn % dimensions.Count];
    }

    /// <summary>The dimension's phrases in turn, so two groups answered by one dimension get different headlines.</summary>
    private static HeadlinePhrase NextPhrase(MeasureDimension dimension, Dictionary<string, int> used)
    {
        var count = used.GetValueOrDefault(dimension.Id);
        used[dimension.Id] = count + 1;
        return dimension.PhraseBank[count % dimension.PhraseBank.Count];
    }
}
