namespace ReviewBot.Protocol.Connector;

/// <summary>
/// Sits inside the retry handler, so every attempt (retries too) waits for its conversation's send budget.
/// Requests without a conversation (create conversation) pass straight through.
/// </summary>
public sealed class ConversationRateLimitHandler(ConversationRateLimiter limiter) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<string> ConversationKey = new("ReviewBot.ConversationId");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(ConversationKey, out var conversationId)
            && !await limiter.WaitAsync(conversationId, cancellationToken).ConfigureAwait(false))
        {
            throw new ConnectorException("RateLimit", null, "LocalSendQueueFull",
                "Too many sends are waiting for this conversation's rate limit.");
        }
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
