using System.Text.Json.Nodes;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Llm.Calls;
using ReviewBot.Llm.Prompts;

namespace ReviewBot.Llm.Tasks;

/// <summary>suggest-causes and suggest-measures: inputs, and checks that keep the links to real problems and dimensions.</summary>
public static class SuggestionTasks
{
    public static LlmTask<IReadOnlyList<CauseSuggestion>> Causes(CausesRequest request, PhrasingTemplates templates)
    {
        var problems = Problems(request.Aspects);
        var input = new
        {
            subject = templates.VoiceFor(request.Kind).Subject,
            meeting = request.Framework.Title,
            dimensions = request.Framework.CauseDimensions.Select(d => new { id = d.Id, name = d.Name, hints = d.Hints }).ToList(),
            problems = problems.Select(p => new { id = p.Id, aspect = p.Aspect, text = p.Text }).ToList(),
        };
        return new LlmTask<IReadOnlyList<CauseSuggestion>>
        {
            Task = PromptTasks.SuggestCauses,
            Input = input,
            DraftId = request.DraftId,
            SensitiveTerms = ProblemTask.Terms(request.UnitName, request.PersonName),
            Parse = o => ParseCauses(o, request, problems),
        };
    }

    public static LlmTask<IReadOnlyList<MeasureSuggestion>> Measures(MeasuresRequest request, PhrasingTemplates templates)
    {
        var problems = Problems(request.Aspects);
        var input = new
        {
            subject = templates.VoiceFor(request.Kind).Subject,
            meeting = request.Framework.Title,
            grouping = request.Grouping == MeasureGrouping.ByProblem ? "byProblem" : "byAspect",
            dimensions = request.Framework.MeasureDimensions.Select(d => new { id = d.Id, name = d.Name }).ToList(),
            problems = problems.Select(p => new { id = p.Id, aspect = p.Aspect, text = p.Text }).ToList(),
        };
        return new LlmTask<IReadOnlyList<MeasureSuggestion>>
        {
            Task = PromptTasks.SuggestMeasures,
            Input = input,
            DraftId = request.DraftId,
            SensitiveTerms = ProblemTask.Terms(request.UnitName, request.PersonName),
            Parse = o => ParseMeasures(o, request, templates, problems),
        };
    }

    private sealed record ProblemLine(string Id, string Aspect, string Text);

    private static List<ProblemLine> Problems(IReadOnlyList<AspectSection> aspects) =>
        aspects.SelectMany(a => a.Problems.Select(p => new ProblemLine(p.Id, a.Name,
            $"{p.Headline}。{p.Elaboration}{(string.IsNullOrWhiteSpace(p.Example) ? string.Empty : "如，" + p.Example + "。")}"))).ToList();

    private static ParsedAnswer<IReadOnlyList<CauseSuggestion>> ParseCauses(JsonObject o, CausesRequest request, List<ProblemLine> problems)
    {
        var errors = new List<string>();
        var source = string.Concat(problems.Select(p => p.Text));
        var ids = problems.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var result = new List<CauseSuggestion>();
        foreach (var item in (o["causes"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var dimensionId = FactCheck.Str(item, "dimensionId");
            var dimension = request.Framework.CauseDimensions.FirstOrDefault(d => d.Id == dimensionId);
            var headline = FactCheck.Str(item, "headline").TrimEnd('。');
            var text = FactCheck.Str(item, "text");
            var linked = FactCheck.Strings(item, "problemIds");
            if (dimension is null)
            {
                errors.Add($"dimensionId“{dimensionId}”不在给出的维度中");
                continue;
            }
            if (headline.Length == 0 || text.Length == 0)
            {
                errors.Add($"维度 {dimensionId} 的 headline 或 text 为空");
                continue;
            }
            var unknown = linked.Where(id => !ids.Contains(id)).ToList();
            if (unknown.Count > 0)
            {
                errors.Add("problemIds 中有不存在的 id：" + string.Join("、", unknown));
            }
            errors.AddRange(Invented(source, headline + text));
            result.Add(new CauseSuggestion(dimension.Id, dimension.Name, headline, text, linked.Where(ids.Contains).Distinct().ToList(), linked.Count > 0));
        }
        if (result.Count == 0 && errors.Count == 0)
        {
            errors.Add("causes 为空");
        }
        if (result.DistinctBy(c => c.DimensionId).Count() != result.Count)
        {
            errors.Add("同一维度出现了多条原因");
        }
        return errors.Count > 0 ? ParsedAnswer<IReadOnlyList<CauseSuggestion>>.Rejected(errors) : ParsedAnswer<IReadOnlyList<CauseSuggestion>>.Ok(result);
    }

    private static ParsedAnswer<IReadOnlyList<MeasureSuggestion>> ParseMeasures(JsonObject o, MeasuresRequest request, PhrasingTemplates templates, List<ProblemLine> problems)
    {
        var errors = new List<string>();
        var source = string.Concat(problems.Select(p => p.Text));
        var ids = problems.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        // 责任人 and 完成时限 come from the user or stay 【待补】: never from the model.
        var owner = string.IsNullOrWhiteSpace(request.Owner) ? templates.Placeholders.Owner : request.Owner.Trim();
        var deadline = string.IsNullOrWhiteSpace(request.Deadline) ? templates.Placeholders.Deadline : request.Deadline.Trim();
        var result = new List<MeasureSuggestion>();
        foreach (var item in (o["measures"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var dimensionId = FactCheck.Str(item, "dimensionId");
            var dimension = request.Framework.MeasureDimensions.FirstOrDefault(d => d.Id == dimensionId);
            var headline = FactCheck.Str(item, "headline").TrimEnd('。');
            var text = FactCheck.Str(item, "text");
            var linked = FactCheck.Strings(item, "problemIds");
            if (headline.Length == 0 || text.Length == 0)
            {
                errors.Add("有措施的 headline 或 text 为空");
                continue;
            }
            var unknown = linked.Where(id => !ids.Contains(id)).ToList();
            if (unknown.Count > 0 || linked.Count == 0)
            {
                errors.Add($"措施“{headline}”的 problemIds 必须是给出的问题 id");
            }
            errors.AddRange(Invented(source, headline + text));
            result.Add(new MeasureSuggestion(dimension?.Id, headline, text, linked.Where(ids.Contains).Distinct().ToList(), owner, deadline));
        }
        var unanswered = ids.Where(id => !result.Any(m => m.ProblemIds.Contains(id))).ToList();
        if (unanswered.Count > 0)
        {
            errors.Add("这些问题没有对应的措施：" + string.Join("、", unanswered));
        }
        return errors.Count > 0 ? ParsedAnswer<IReadOnlyList<MeasureSuggestion>>.Rejected(errors) : ParsedAnswer<IReadOnlyList<MeasureSuggestion>>.Ok(result);
    }

    private static IEnumerable<string> Invented(string source, string output)
    {
        var invented = FactCheck.InventedFigures(source, output);
        return invented.Count > 0 ? ["出现了问题中没有的数字或日期（应写成【待补：…】）：" + string.Join("、", invented)] : [];
    }
}
