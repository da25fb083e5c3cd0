using System.Text.Json.Nodes;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Interview.Quality;
using ReviewBot.Llm.Calls;
using ReviewBot.Llm.Prompts;

namespace ReviewBot.Llm.Tasks;

/// <summary>review-draft: the model's suggestions for the 材料体检, checked to name real items and add no facts.</summary>
public static class ReviewTask
{
    public const int MaxSuggestions = 5;
    private const int MaxLength = 120;

    public static LlmTask<IReadOnlyList<ModelSuggestion>> Create(QualityAdviceRequest request, PhrasingTemplates templates)
    {
        var input = new
        {
            subject = templates.VoiceFor(request.Kind).Subject,
            meeting = request.MeetingTitle,
            items = request.Items.Select(i => new { number = i.Number, text = i.Text }).ToList(),
        };
        return new LlmTask<IReadOnlyList<ModelSuggestion>>
        {
            Task = PromptTasks.ReviewDraft,
            Input = input,
            DraftId = request.DraftId,
            SensitiveTerms = ProblemTask.Terms(request.UnitName, request.PersonName),
            Parse = o => Parse(o, request),
        };
    }

    public static ParsedAnswer<IReadOnlyList<ModelSuggestion>> Parse(JsonObject o, QualityAdviceRequest request)
    {
        var items = request.Items.ToDictionary(i => i.Number, i => i.Text, StringComparer.Ordinal);
        var problems = new List<string>();
        var result = new List<ModelSuggestion>();
        if (o["suggestions"] is not JsonArray array)
        {
            return ParsedAnswer<IReadOnlyList<ModelSuggestion>>.Rejected(["缺少 suggestions 数组"]);
        }
        foreach (var entry in array.OfType<JsonObject>().Take(MaxSuggestions))
        {
            var number = FactCheck.Str(entry, "itemNumber").Replace('．', '.');
            var issue = FactCheck.Str(entry, "issue");
            var suggestion = FactCheck.Str(entry, "suggestion");
            if (!items.TryGetValue(number, out var itemText))
            {
                problems.Add($"itemNumber“{number}”不在 items 中");
                continue;
            }
            if (issue.Length == 0 || suggestion.Length == 0)
            {
                problems.Add($"{number} 的 issue 或 suggestion 为空");
                continue;
            }
            if (issue.Length > MaxLength || suggestion.Length > MaxLength)
            {
                problems.Add($"{number} 的建议太长");
                continue;
            }
            var invented = FactCheck.InventedFigures(itemText, issue + suggestion);
            if (invented.Count > 0)
            {
                problems.Add($"{number} 的建议出现了材料中没有的数字或日期（应写成【待补：…】）：" + string.Join("、", invented));
                continue;
            }
            result.Add(new ModelSuggestion(number, issue.TrimEnd('。'), EndSentence(suggestion)));
        }
        return problems.Count > 0
            ? ParsedAnswer<IReadOnlyList<ModelSuggestion>>.Rejected(problems)
            : ParsedAnswer<IReadOnlyList<ModelSuggestion>>.Ok(result.DistinctBy(s => (s.ItemNumber, s.Issue)).ToList());
    }

    private static string EndSentence(string text) => "。！？".Contains(text[^1], StringComparison.Ordinal) ? text : text + "。";
}
