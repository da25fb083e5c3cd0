using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Turns.Benchmarks;

/// <summary>
/// Stands in for the Bot Connector client: counts the messages a turn sends and drops them, or keeps them while
/// <see cref="Capture"/> is set (the validation cycles). No HTTP, no serialization, no rate limiter.
/// </summary>
internal sealed class DiscardingChannelSender : IChannelSender
{
    private static readonly Task<ResourceResponse?> Sent = Task.FromResult<ResourceResponse?>(new ResourceResponse { Id = "0" });
    private int _messages;

    /// <summary>Messages sent so far (typing indicators are not counted: a slow first turn may send one).</summary>
    public int Messages => Volatile.Read(ref _messages);

    /// <summary>When set, messages are added to it as well as counted.</summary>
    public List<Activity>? Capture { get; set; }

    public Task<ResourceResponse?> SendAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type == ActivityTypes.Message)
        {
            Interlocked.Increment(ref _messages);
            Capture?.Add(activity);
        }
        return Sent;
    }
}
