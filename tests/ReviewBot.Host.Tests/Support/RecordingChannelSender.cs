using System.Collections.Concurrent;
using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Host.Tests.Support;

/// <summary>Stands in for the connector client: records every outgoing activity.</summary>
public sealed class RecordingChannelSender : IChannelSender
{
    private readonly ConcurrentQueue<(string ServiceUrl, Activity Activity)> _sent = new();

    public IReadOnlyList<(string ServiceUrl, Activity Activity)> Sent => [.. _sent];

    public void Clear() => _sent.Clear();

    public Task<ResourceResponse?> SendAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        _sent.Enqueue((serviceUrl, activity));
        return Task.FromResult<ResourceResponse?>(new ResourceResponse { Id = $"sent-{_sent.Count}" });
    }
}
