using System.Collections.Concurrent;
using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Tests.Support;

/// <summary>The channel side of the adapter: keeps every activity the bot sends.</summary>
internal sealed class RecordingSender : IChannelSender
{
    private readonly ConcurrentQueue<Activity> _sent = new();

    public IReadOnlyList<Activity> Sent => [.. _sent];

    public Task<ResourceResponse?> SendAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        _sent.Enqueue(activity);
        return Task.FromResult<ResourceResponse?>(new ResourceResponse { Id = Guid.NewGuid().ToString() });
    }

    public void Clear() => _sent.Clear();
}
