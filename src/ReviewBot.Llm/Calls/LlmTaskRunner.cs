using System.ClientModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using ReviewBot.Llm.Prompts;
using ReviewBot.Llm.Redaction;
using ReviewBot.Llm.Usage;

namespace ReviewBot.Llm.Calls;

/// <summary>
/// Runs one <see cref="LlmTask{T}"/>: redact → cache lookup → call with the whole-call timeout → parse and check →
/// re-ask once with what was wrong → cache the good answer. Never throws for the model's faults; returns the reason
/// instead so the phraser can fall back. Only the caller's own cancellation propagates.
/// </summary>
public sealed class LlmTaskRunner
{
    private static readonly JsonSerializerOptions InputJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly IChatClient _client;
    private readonly PromptCatalog _prompts;
    private readonly IMemoryCache _cache;
    private readonly LlmOptions _options;
    private readonly LlmUsageLedger _usage;
    private readonly ILogger _logger;

    public LlmTaskRunner(IChatClient client, PromptCatalog prompts, IMemoryCache cache, LlmOptions options, LlmUsageLedger usage, ILogger<LlmTaskRunner> logger)
    {
        _client = client;
        _prompts = prompts;
        _cache = cache;
        _options = options;
        _usage = usage;
        _logger = logger;
    }

    public async Task<LlmOutcome<T>> RunAsync<T>(LlmTask<T> task, CancellationToken cancellationToken)
        where T : class
    {
        var prompt = _prompts[task.Task];
        var inputJson = JsonSerializer.Serialize(task.Input, InputJson);
        var key = CacheKey(task.Task, prompt, inputJson);
        if (_cache.TryGetValue(key, out T? cached) && cached is not null)
        {
            _usage.Record(task.DraftId, LlmUsageTotals.Zero with { CacheHits = 1 });
            LlmLog.CacheHit(_logger, task.Task);
            return new LlmOutcome<T>(cached, LlmFailure.None, FromCache: true, []);
        }

        var redactor = new Redactor(_options.RedactEnabled ? task.SensitiveTerms.Concat(_options.RedactTerms.Select(t => (t, RedactionKind.Term))) : []);
        var userMessage = prompt.UserMessage(_options.RedactEnabled ? redactor.Redact(inputJson) : inputJson);
        var messages = new List<ChatMessage> { new(ChatRole.System, prompt.System), new(ChatRole.User, userMessage) };
        var chatOptions = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.ForJsonSchema(prompt.OutputSchema, prompt.SchemaName),
            Temperature = _options.Temperature,
        };
        if (_options.LogContent)
        {
            LlmLog.Content(_logger, task.Task, "request", userMessage);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var clock = Stopwatch.StartNew();
        IReadOnlyList<string> problems = [];
        try
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var response = await _client.GetResponseAsync(messages, chatOptions, timeout.Token).ConfigureAwait(false);
                _usage.Record(task.DraftId, new LlmUsageTotals(1, 0, 0, response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0));
                var text = response.Text ?? string.Empty;
                if (_options.LogContent)
                {
                    LlmLog.Content(_logger, task.Task, "answer", text);
                }
                var parsed = ParseAnswer(text, redactor, task.Parse);
                if (parsed.IsOk)
                {
                    LlmLog.Answered(_logger, task.Task, attempt + 1, clock.ElapsedMilliseconds, response.Usage?.TotalTokenCount ?? 0);
                    _cache.Set(key, parsed.Value!, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(6) });
                    return new LlmOutcome<T>(parsed.Value, LlmFailure.None, FromCache: false, []);
                }
                problems = parsed.Problems;
                LlmLog.Rejected(_logger, task.Task, attempt + 1, problems.Count);
                messages.Add(new ChatMessage(ChatRole.Assistant, text));
                messages.Add(new ChatMessage(ChatRole.User, prompt.RetryMessage(problems.Select(p => _options.RedactEnabled ? redactor.Redact(p) : p))));
            }
            return Fail<T>(task, LlmFailure.Rejected, problems);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail<T>(task, LlmFailure.Timeout, []);
        }
        catch (ClientResultException ex)
        {
            LlmLog.ServiceError(_logger, task.Task, ex.Status);
            return Fail<T>(task, LlmFailure.ServiceError, [$"HTTP {ex.Status}"]);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or Azure.Identity.AuthenticationFailedException or InvalidOperationException)
        {
            LlmLog.Unreachable(_logger, task.Task, ex.GetType().Name);
            return Fail<T>(task, LlmFailure.Unreachable, [ex.GetType().Name]);
        }
    }

    private LlmOutcome<T> Fail<T>(LlmTask<T> task, LlmFailure failure, IReadOnlyList<string> problems)
        where T : class
    {
        _usage.Record(task.DraftId, LlmUsageTotals.Zero with { Fallbacks = 1 });
        LlmLog.Failed(_logger, task.Task, failure);
        return new LlmOutcome<T>(null, failure, FromCache: false, problems);
    }

    private static ParsedAnswer<T> ParseAnswer<T>(string text, Redactor redactor, Func<JsonObject, ParsedAnswer<T>> parse)
    {
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(StripFence(text)) as JsonObject;
        }
        catch (JsonException)
        {
            root = null;
        }
        if (root is null)
        {
            return ParsedAnswer<T>.Rejected(["回答不是所要求的 JSON 对象"]);
        }
        RestoreStrings(root, redactor);
        try
        {
            return parse(root);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or JsonException)
        {
            return ParsedAnswer<T>.Rejected(["JSON 字段类型不对：" + ex.Message]);
        }
    }

    /// <summary>Some OpenAI-compatible servers wrap JSON in a ```json fence even in JSON mode.</summary>
    private static string StripFence(string text)
    {
        var t = text.Trim();
        if (!t.StartsWith("```", StringComparison.Ordinal))
        {
            return t;
        }
        var start = t.IndexOf('\n', StringComparison.Ordinal);
        var end = t.LastIndexOf("```", StringComparison.Ordinal);
        return start >= 0 && end > start ? t[(start + 1)..end].Trim() : t;
    }

    private static void RestoreStrings(JsonNode node, Redactor redactor)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (obj[name] is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        obj[name] = redactor.Restore(s);
                    }
                    else if (obj[name] is { } child)
                    {
                        RestoreStrings(child, redactor);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        array[i] = redactor.Restore(s);
                    }
                    else if (array[i] is { } child)
                    {
                        RestoreStrings(child, redactor);
                    }
                }
                break;
        }
    }

    /// <summary>Same task, same prompt, same model, same input → same key. The input is hashed, never stored as the key.</summary>
    private string CacheKey(string task, PromptTemplate prompt, string inputJson)
    {
        var material = string.Join('\u001f', task, _options.ModelLabel, _options.Temperature.ToString(System.Globalization.CultureInfo.InvariantCulture), prompt.System, prompt.User, inputJson);
        return "llm:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }
}
