using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace ReviewBot.TestSupport;

/// <summary>
/// A well-behaved model for the whole interview, as a <see cref="ModelStub.Responder"/>: it answers each task (told apart
/// by the JSON schema name the client asks for) from the request's own input, keeping every fact and placeholder, and
/// adds recognisable wording (the <c>Marker</c> constants) so a test can tell its phrasing from the built-in one.
/// </summary>
public sealed class InterviewModel
{
    /// <summary>In every problem headline: “{aspect}方面对标对表仍有差距”.</summary>
    public const string ProblemMarker = "对标对表仍有差距";
    /// <summary>In every cause text.</summary>
    public const string CauseMarker = "从思想根子上剖析";
    /// <summary>In every measure text.</summary>
    public const string MeasureMarker = "建立问题清单逐项销号";
    /// <summary>The sentence added to the preamble.</summary>
    public const string PreambleMarker = "以此次会议为契机";
    /// <summary>In every 体检 suggestion.</summary>
    public const string ReviewMarker = "事例还可以写得更具体";

    private readonly ConcurrentDictionary<string, int> _answered = new(StringComparer.Ordinal);

    /// <summary>How many requests each task got, by schema name (phrased_problem, cause_suggestions, …).</summary>
    public IReadOnlyDictionary<string, int> Answered => _answered;

    public StubReply Reply(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var schema = request.Json["response_format"]?["json_schema"]?["name"]?.ToString() ?? string.Empty;
        _answered.AddOrUpdate(schema, 1, (_, n) => n + 1);
        var input = Input(request);
        return schema switch
        {
            "phrased_problem" => Problem(input),
            "cause_suggestions" => Causes(input),
            "measure_suggestions" => Measures(input),
            "preamble" => Preamble(input),
            "review_suggestions" => Review(input),
            _ => StubReply.Error(400),
        };
    }

    /// <summary>The task's input: the JSON in the first user message, after “输入：”.</summary>
    public static JsonObject Input(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var content = request.Json["messages"]!.AsArray()[1]!["content"]!.ToString();
        return JsonNode.Parse(content[content.IndexOf('{', StringComparison.Ordinal)..])!.AsObject();
    }

    private static string S(JsonNode? node) => node?.ToString() ?? string.Empty;

    private static StubReply Problem(JsonObject input)
    {
        var aspect = S(input["aspect"]);
        var subject = S(input["subject"]);
        var headline = $"{aspect}方面{ProblemMarker}";
        return StubReply.Json(new
        {
            headline,
            elaboration = $"对照要求检视，{subject}在{aspect}方面还存在不少差距。",
            example = S(input["rawInput"]).TrimEnd('。'),
            headlineChoices = new[] { headline },
        });
    }

    private static StubReply Causes(JsonObject input)
    {
        var ids = input["problems"]!.AsArray().Select(p => S(p!["id"])).ToArray();
        var subject = S(input["subject"]);
        var causes = input["dimensions"]!.AsArray().Take(2).Select(d => new
        {
            dimensionId = S(d!["id"]),
            headline = $"{S(d["name"])}上还有欠缺",
            text = $"{CauseMarker}，{subject}在{S(d["name"])}上的要求还没有完全落到实处。",
            problemIds = ids,
        }).ToArray();
        return StubReply.Json(new { causes });
    }

    private static StubReply Measures(JsonObject input)
    {
        var dimension = input["dimensions"]!.AsArray().FirstOrDefault() is { } d ? S(d["id"]) : string.Empty;
        var measures = input["problems"]!.AsArray().Select(p => new
        {
            dimensionId = dimension,
            headline = "对账整改，逐项落实",
            text = $"针对“{S(p!["aspect"])}”方面的问题，{MeasureMarker}，明确做什么、到何时、谁负责。",
            problemIds = new[] { S(p["id"]) },
        }).ToArray();
        return StubReply.Json(new { measures });
    }

    private static StubReply Preamble(JsonObject input) =>
        StubReply.Json(new { preamble = $"{S(input["draft"]).TrimEnd('。')}。{S(input["subject"])}将{PreambleMarker}，把查摆出的问题整改到位。" });

    private static StubReply Review(JsonObject input)
    {
        var first = input["items"]!.AsArray().Select(i => S(i!["number"])).FirstOrDefault(n => n.StartsWith("1.", StringComparison.Ordinal));
        var suggestions = first is null
            ? []
            : new[] { new { itemNumber = first, issue = ReviewMarker, suggestion = "补上事情的经过和结果【待补：经过和结果】" } };
        return StubReply.Json(new { suggestions });
    }
}
