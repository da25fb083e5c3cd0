using System.Text.Json.Nodes;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Llm.Calls;
using ReviewBot.Llm.Prompts;

namespace ReviewBot.Llm.Tasks;

/// <summary>compose-preamble: the model polishes the built-in preamble and must keep every fact and every 【待补】 in it.</summary>
public static class PreambleTask
{
    public static LlmTask<string> Create(PreambleRequest request, PhrasingTemplates templates, string builtInPreamble) => new()
    {
        Task = PromptTasks.ComposePreamble,
        Input = new { subject = templates.VoiceFor(request.Kind).Subject, draft = builtInPreamble },
        DraftId = request.DraftId,
        SensitiveTerms = ProblemTask.Terms(request.UnitName, request.Person?.Name),
        Parse = o => Parse(o, request, builtInPreamble),
    };

    public static ParsedAnswer<string> Parse(JsonObject o, PreambleRequest request, string builtInPreamble)
    {
        var text = FactCheck.Str(o, "preamble");
        var problems = new List<string>();
        if (text.Length == 0)
        {
            problems.Add("preamble 为空");
        }
        problems.AddRange(FactCheck.Problems(builtInPreamble, text));
        foreach (var required in new[] { request.UnitName, request.Person?.Name }.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            if (builtInPreamble.Contains(required!, StringComparison.Ordinal) && !text.Contains(required!, StringComparison.Ordinal))
            {
                problems.Add("漏掉了：" + required);
            }
        }
        var lost = FactCheck.Placeholders(builtInPreamble).Except(FactCheck.Placeholders(text)).ToList();
        if (lost.Count > 0)
        {
            problems.Add("【待补】占位被删掉或改写了：" + string.Join("、", lost));
        }
        if (text.Length > 0 && !"。！？：:".Contains(text[^1]))
        {
            text += "。";
        }
        return problems.Count > 0 ? ParsedAnswer<string>.Rejected(problems) : ParsedAnswer<string>.Ok(text);
    }
}
