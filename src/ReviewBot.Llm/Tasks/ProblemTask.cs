using System.Text.Json.Nodes;
using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Llm.Calls;
using ReviewBot.Llm.Prompts;
using ReviewBot.Llm.Redaction;

namespace ReviewBot.Llm.Tasks;

/// <summary>phrase-problem and rephrase-problem: the input the model sees, and the checks on its answer.</summary>
public static class ProblemTask
{
    private static readonly string[] ExampleLeads = ["如，", "如,", "例如，", "比如，", "如："];
    private static readonly char[] HeadlineEnd = ['。', '；', ';', '.', '，', ','];

    public static LlmTask<PhrasedProblem> Create(ProblemRequest request, PhrasingTemplates templates, PhrasedProblem? current, RephraseStyle? style)
    {
        var voice = templates.VoiceFor(request.Kind);
        var input = new
        {
            subject = voice.Subject,
            subjectKind = Framework.KindLabel(request.Kind),
            meeting = request.Framework.Title,
            aspect = request.Aspect.Name,
            aspectCovers = request.Aspect.Covers,
            headlineExamples = request.Aspect.PhraseBank.Take(6).Select(p => p.Text).ToList(),
            avoidHeadlines = request.AvoidHeadlines,
            rawInput = request.RawInput,
            style = style is { } s ? RephraseStyles.Label(s) : null,
            current = current is null ? null : new { headline = current.Headline, elaboration = current.Elaboration, example = current.Example },
        };
        return new LlmTask<PhrasedProblem>
        {
            Task = style is null ? PromptTasks.PhraseProblem : PromptTasks.RephraseProblem,
            Input = input,
            DraftId = request.DraftId,
            SensitiveTerms = Terms(request.UnitName, request.PersonName),
            Parse = o => Parse(o, request, templates, style),
        };
    }

    public static ParsedAnswer<PhrasedProblem> Parse(JsonObject o, ProblemRequest request, PhrasingTemplates templates, RephraseStyle? style)
    {
        var problems = new List<string>();
        var headline = FactCheck.Str(o, "headline").TrimEnd(HeadlineEnd).Trim();
        var elaboration = FactCheck.Str(o, "elaboration");
        var example = FactCheck.Str(o, "example");
        foreach (var lead in ExampleLeads)
        {
            if (example.StartsWith(lead, StringComparison.Ordinal))
            {
                example = example[lead.Length..].Trim();
            }
        }
        example = example.TrimEnd('。').Trim();
        if (example.Length == 0)
        {
            example = templates.Placeholders.Example;
        }
        if (elaboration.Length > 0 && !"。！？".Contains(elaboration[^1]))
        {
            elaboration += "。";
        }
        if (headline.Length == 0)
        {
            problems.Add("headline 为空");
        }
        else if (headline.Length > 60)
        {
            problems.Add("headline 太长，应是一句简短的判断句");
        }
        var all = $"{headline}。{elaboration}{example}";
        problems.AddRange(FactCheck.Problems(request.RawInput, all));
        if (problems.Count > 0)
        {
            return ParsedAnswer<PhrasedProblem>.Rejected(problems);
        }
        var choices = FactCheck.Strings(o, "headlineChoices").Select(c => c.TrimEnd(HeadlineEnd).Trim())
            .Prepend(headline).Where(c => c.Length is > 0 and <= 60).Distinct().Take(4).ToList();
        return ParsedAnswer<PhrasedProblem>.Ok(new PhrasedProblem
        {
            Headline = headline,
            Elaboration = elaboration,
            Example = example,
            HeadlineChoices = choices,
            Placeholders = FactCheck.Placeholders(all),
            Source = PhrasingSource.Llm,
            Style = style,
        });
    }

    internal static IReadOnlyList<(string, RedactionKind)> Terms(string? unit, string? person)
    {
        var terms = new List<(string, RedactionKind)>();
        if (!string.IsNullOrWhiteSpace(unit))
        {
            terms.Add((unit.Trim(), RedactionKind.Unit));
        }
        if (!string.IsNullOrWhiteSpace(person))
        {
            terms.Add((person.Trim(), RedactionKind.Name));
        }
        return terms;
    }
}
