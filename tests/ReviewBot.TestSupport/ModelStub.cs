using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReviewBot.TestSupport;

/// <summary>A request the stub received: path, query, headers and body as sent by the real client library.</summary>
public sealed record RecordedRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    /// <summary>The concatenated contents of the messages sent.</summary>
    public string MessagesText => string.Join("\n", Json["messages"]!.AsArray().Select(m => m!["content"]?.ToString()));

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;
}

/// <summary>What the stub answers: a chat completion whose message content is <see cref="Content"/>, or an error status.</summary>
public sealed record StubReply
{
    public int Status { get; init; } = 200;
    public string Content { get; init; } = "{}";
    public TimeSpan Delay { get; init; }
    /// <summary>The reply waits until this completes (a test releases a "slow" model exactly when it wants).</summary>
    public Task? Hold { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    public int PromptTokens { get; init; } = 100;
    public int CompletionTokens { get; init; } = 50;

    public static StubReply Json(object answer) => new() { Content = JsonSerializer.Serialize(answer, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) };

    public static StubReply Error(int status, string? retryAfter = null) => new()
    {
        Status = status,
        Headers = retryAfter is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Retry-After"] = retryAfter },
    };
}

/// <summary>
/// A loopback Kestrel app speaking the Azure OpenAI (/openai/deployments/{d}/chat/completions?api-version=…) and the
/// OpenAI (/v1/chat/completions) chat-completions APIs, so the real client libraries run against it. Replies are taken
/// from a queue, or computed by <see cref="Responder"/> when the queue is empty.
/// </summary>
public sealed class ModelStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<StubReply> _replies = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private ModelStub(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    /// <summary>Used when the queue is empty; gets the request. Default: an empty JSON object.</summary>
    public Func<RecordedRequest, StubReply> Responder { get; set; } = _ => new StubReply();

    public void Enqueue(params StubReply[] replies)
    {
        foreach (var reply in replies)
        {
            _replies.Enqueue(reply);
        }
    }

    public static async Task<ModelStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new ModelStub(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", stub.HandleAsync);
        app.MapPost("/v1/chat/completions", stub.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.BaseAddress = new Uri(address);
        return stub;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var recorded = new RecordedRequest(
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
            body,
            DateTimeOffset.UtcNow);
        _requests.Enqueue(recorded);
        var reply = _replies.TryDequeue(out var queued) ? queued : Responder(recorded);
        try
        {
            if (reply.Hold is { } hold)
            {
                await hold.WaitAsync(context.RequestAborted);
            }
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
        foreach (var (name, value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        if (reply.Status != 200)
        {
            await context.Response.WriteAsync("""{"error":{"message":"stub error","type":"server_error","code":null}}""", context.RequestAborted);
            return;
        }
        var completion = new JsonObject
        {
            ["id"] = "chatcmpl-stub",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = "stub-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = reply.PromptTokens,
                ["completion_tokens"] = reply.CompletionTokens,
                ["total_tokens"] = reply.PromptTokens + reply.CompletionTokens,
            },
        };
        await context.Response.WriteAsync(completion.ToJsonString(), context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
