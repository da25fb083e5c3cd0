using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReviewBot.Protocol.Connector;

/// <summary>
/// Per-conversation send limits (by default Teams' 7/1 s, 8/2 s, 60/30 s) as chained sliding windows from
/// System.Threading.RateLimiting. Idle conversations are dropped by the partitioned limiter itself.
/// </summary>
/// <remarks>
/// The partitioned limiter slides each window by at most one segment per 100 ms heartbeat, and only once a segment's
/// length has passed. With segments of 90 ms (one per heartbeat) and S - 1 of them covering window + margin, a permit
/// comes back no sooner than window + margin after it was taken, so no stretch of the real window ever sees more sends
/// than allowed, even measured at the server; in practice a permit comes back about 10 % later than that.
/// </remarks>
public sealed class ConversationRateLimiter : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan SegmentLength = TimeSpan.FromMilliseconds(90);
    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationRateLimiter(IOptions<ConnectorOptions> options)
    {
        var margin = options.Value.SendRateMargin;
        var limiters = options.Value.EffectiveSendRateLimits
            .Select(limit => PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
                SlidingWindow(limit, margin))))
            .ToArray();
        _limiter = limiters.Length == 1 ? limiters[0] : PartitionedRateLimiter.CreateChained(limiters);
    }

    internal static SlidingWindowRateLimiterOptions SlidingWindow(SendRateLimit limit, TimeSpan margin)
    {
        var segments = (int)Math.Ceiling((limit.Window + margin) / SegmentLength) + 1;
        return new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limit.Permits,
            Window = SegmentLength * segments,
            SegmentsPerWindow = segments,
            QueueLimit = 1000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
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
