using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReviewBot.Protocol.Connector;

/// <summary>
/// Per-conversation send limits (by default Teams' 7/1 s, 8/2 s, 60/30 s) as chained sliding windows from
/// System.Threading.RateLimiting. Idle conversations are dropped by the partitioned limiter itself.
/// </summary>
/// <remarks>
/// A sliding window of S segments returns a permit between W - W/S and W after it was taken. Stretching each window to
/// (window + margin) * S / (S - 1) makes that at least window + margin, so no stretch of the real window ever sees more
/// sends than allowed, even measured at the server.
/// </remarks>
public sealed class ConversationRateLimiter : IAsyncDisposable, IDisposable
{
    private const int SegmentsPerWindow = 20;
    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationRateLimiter(IOptions<ConnectorOptions> options)
    {
        var margin = options.Value.SendRateMargin;
        var limiters = options.Value.EffectiveSendRateLimits
            .Select(limit => PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
                new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = limit.Permits,
                    Window = (limit.Window + margin) * SegmentsPerWindow / (SegmentsPerWindow - 1),
                    SegmentsPerWindow = SegmentsPerWindow,
                    QueueLimit = 1000,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })))
            .ToArray();
        _limiter = limiters.Length == 1 ? limiters[0] : PartitionedRateLimiter.CreateChained(limiters);
    }

    /// <summary>The key a conversation is limited under: a channel thread (<c>19:…;messageid=…</c>) counts as its channel.</summary>
    public static string KeyOf(string conversationId)
    {
        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversationId : conversationId[..thread];
    }

    /// <summary>Waits until the conversation may send once more; false if the wait queue is full.</summary>
    public async ValueTask<bool> WaitAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(KeyOf(conversationId), 1, cancellationToken).ConfigureAwait(false);
        return lease.IsAcquired;
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();

    public void Dispose() => _limiter.Dispose();
}
