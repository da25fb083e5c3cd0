using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Connector;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Host.Composition;

/// <summary>Replies go out through the Bot Connector client (allow-list, tokens, retries, order, rate limits).</summary>
internal sealed class ConnectorChannelSender(ConnectorClient connector) : IChannelSender
{
    public Task<ResourceResponse?> SendAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken) =>
        connector.SendAsync(serviceUrl, activity, cancellationToken);
}
