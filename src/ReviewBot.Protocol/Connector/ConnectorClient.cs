using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using ReviewBot.Protocol.Auth;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Protocol.Connector;

/// <summary>
/// Outbound Bot Connector REST v3 client (reply, send, update, delete, typing, create conversation). Every call checks
/// the serviceUrl against <see cref="ServiceUrlPolicy"/> first and sends nothing when it is refused. Sends to one
/// conversation go out one at a time in call order, within Teams' rate limits, with retries; oversized messages are
/// split. Safe to use as a singleton. Failures throw <see cref="ConnectorException"/>.
/// </summary>
public sealed partial class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IConnectorTokenProvider tokens,
    ServiceUrlPolicy policy,
    ConversationGate gate,
    IOptions<ConnectorOptions> options,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "ReviewBot.Connector";

    /// <summary>How long a pooled connection to a Connector host is used before a new one (with a fresh DNS lookup) replaces it.</summary>
    internal static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(2);

    private HttpClient? _http;

    /// <summary>
    /// Sends an activity into its conversation (<c>activity.conversation.id</c>): a reply when <c>replyToId</c> is set,
    /// otherwise a new message; typing always goes to the conversation. Returns the id of the (last) message, or null
    /// when the channel gives none (202). This is the shape of Builder's <c>IChannelSender.SendAsync</c>.
    /// </summary>
    public Task<ResourceResponse?> SendAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new ArgumentException("The activity has no conversation.id to send to.", nameof(activity));
        }
        return activity.Type != ActivityTypes.Typing && !string.IsNullOrEmpty(activity.ReplyToId)
            ? ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken)
            : SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
    }

    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>.</summary>
    public Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        PostMessageAsync("SendToConversation", serviceUrl, conversationId, activity, b => ConnectorRoutes.Activities(b, conversationId), cancellationToken);

    /// <summary><c>POST v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        PostMessageAsync("ReplyToActivity", serviceUrl, conversationId, activity, b => ConnectorRoutes.Activity(b, conversationId, activityId), cancellationToken);

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c> (never split: it replaces one message).</summary>
    public async Task<ResourceResponse?> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        const string operation = "UpdateActivity";
        var target = Allow(operation, serviceUrl);
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.ActivityInfo);
        using var turn = await gate.EnterAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var uri = ConnectorRoutes.Activity(target.BaseUri!, conversationId, activityId);
        return ReadId(await CallAsync<ResourceResponse>(operation, HttpMethod.Put, uri, body, target, conversationId, cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        const string operation = "DeleteActivity";
        var target = Allow(operation, serviceUrl);
        using var turn = await gate.EnterAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var uri = ConnectorRoutes.Activity(target.BaseUri!, conversationId, activityId);
        await CallAsync<ResourceResponse>(operation, HttpMethod.Delete, uri, null, target, conversationId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <c>{"type":"typing"}</c> to the conversation.</summary>
    public Task SendTypingAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId,
            new Activity { Type = ActivityTypes.Typing, Conversation = new ConversationAccount { Id = conversationId } }, cancellationToken);

    /// <summary><c>POST v3/conversations</c> (proactive 1:1 chat or new channel thread). Fields of the answer may be null (202).</summary>
    public async Task<ConversationResourceResponse?> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        const string operation = "CreateConversation";
        ArgumentNullException.ThrowIfNull(parameters);
        var target = Allow(operation, serviceUrl);
        var body = JsonSerializer.SerializeToUtf8Bytes(parameters, ProtocolJson.Options);
        return await CallAsync<ConversationResourceResponse>(operation, HttpMethod.Post, ConnectorRoutes.Conversations(target.BaseUri!),
            body, target, conversationId: null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ResourceResponse?> PostMessageAsync(string operation, string serviceUrl, string conversationId, Activity activity,
        Func<Uri, Uri> route, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        // Everything before EnterAsync is synchronous, so concurrent sends take their places in call order.
        var target = Allow(operation, serviceUrl);
        var payloads = ActivitySplitter.ToUtf8Payloads(activity, options.Value.MaxActivityBytes);
        using var turn = await gate.EnterAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (payloads.Count > 1)
        {
            LogSplit(conversationId, payloads.Count, options.Value.MaxActivityBytes);
        }
        var uri = route(target.BaseUri!);
        ResourceResponse? last = null;
        foreach (var payload in payloads)
        {
            last = ReadId(await CallAsync<ResourceResponse>(operation, HttpMethod.Post, uri, payload, target, conversationId, cancellationToken).ConfigureAwait(false));
        }
        return last;
    }

    private ServiceUrlDecision Allow(string operation, string serviceUrl)
    {
        var decision = policy.Evaluate(serviceUrl);
        if (!decision.IsAllowed)
        {
            LogRefused(operation, Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? uri.Host : "(invalid)", decision.RefusalReason);
            throw new ServiceUrlNotAllowedException(operation, decision.RefusalReason ?? "refused");
        }
        return decision;
    }

    private async Task<T?> CallAsync<T>(string operation, HttpMethod method, Uri uri, ReadOnlyMemory<byte>? body, ServiceUrlDecision target,
        string? conversationId, CancellationToken cancellationToken) where T : class
    {
        var response = await SendOnceAsync(operation, method, uri, body, target, conversationId, forceRefresh: false, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized && target.AttachToken)
        {
            // A token the Connector no longer accepts (rotated secret, revoked): fetch a new one and try once more.
            LogRefreshingToken(operation, uri.Host);
            response.Dispose();
            response = await SendOnceAsync(operation, method, uri, body, target, conversationId, forceRefresh: true, cancellationToken).ConfigureAwait(false);
        }
        using (response)
        {
            var correlationId = ConnectorResilience.CorrelationIdOf(response);
            var text = response.Content is null ? null : await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                LogSent(operation, uri.Host, (int)response.StatusCode, correlationId);
                return ReadBody<T>(text);
            }
            var error = ConnectorError.Parse(text);
            LogFailed(operation, uri.Host, (int)response.StatusCode, error.Code, correlationId);
            throw new ConnectorException(operation, response.StatusCode, error.Code, error.Message, correlationId, ConnectorResilience.RetryAfterOf(response));
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(string operation, HttpMethod method, Uri uri, ReadOnlyMemory<byte>? body, ServiceUrlDecision target,
        string? conversationId, bool forceRefresh, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (body is { } utf8)
        {
            // The header StringContent(body, UTF8, "application/json") sent: application/json; charset=utf-8.
            request.Content = new ReadOnlyMemoryContent(utf8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json", "utf-8");
        }
        if (target.AttachToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await GetTokenAsync(operation, forceRefresh, cancellationToken).ConfigureAwait(false));
        }
        if (conversationId is not null)
        {
            request.Options.Set(ConversationRateLimitHandler.ConversationKey, conversationId);
        }
        try
        {
            return await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogUnreachable(ex, operation, uri.Host);
            throw new ConnectorException(operation, null, ex is HttpRequestException ? "Unreachable" : "Timeout",
                "The Bot Connector did not answer in time or could not be reached.", innerException: ex);
        }
    }

    /// <summary>
    /// One client for this connector's lifetime, not one per call: the factory would build a client and apply its settings
    /// every time. Its handler chain is kept; the primary handler renews its connections (see
    /// <see cref="BotConnectorServiceCollectionExtensions"/>), so DNS changes still reach it.
    /// </summary>
    private HttpClient Http => _http ??= httpClientFactory.CreateClient(HttpClientName);

    private async Task<string> GetTokenAsync(string operation, bool forceRefresh, CancellationToken cancellationToken)
    {
        try
        {
            return await tokens.GetTokenAsync(forceRefresh, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ConnectorException(operation, null, "TokenUnavailable", "No Bot Connector token could be obtained.", innerException: ex);
        }
    }

    private static T? ReadBody<T>(string? text) where T : class
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(text, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ResourceResponse? ReadId(ResourceResponse? response) => string.IsNullOrEmpty(response?.Id) ? null : response;

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Operation} to {Host}: {StatusCode} (correlation {CorrelationId})")]
    private partial void LogSent(string operation, string host, int statusCode, string? correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Operation} to {Host} failed: {StatusCode} {ErrorCode} (correlation {CorrelationId})")]
    private partial void LogFailed(string operation, string host, int statusCode, string? errorCode, string? correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Operation} to {Host} got no answer")]
    private partial void LogUnreachable(Exception ex, string operation, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Operation} to serviceUrl host {Host}: {Reason}")]
    private partial void LogRefused(string operation, string host, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Operation} to {Host} answered 401; retrying once with a fresh token")]
    private partial void LogRefreshingToken(string operation, string host);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message to conversation {ConversationId} split into {Parts} messages (limit {MaxBytes} bytes)")]
    private partial void LogSplit(string conversationId, int parts, int maxBytes);
}
