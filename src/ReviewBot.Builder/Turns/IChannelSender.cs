using ReviewBot.Protocol.Schema;

namespace ReviewBot.Builder.Turns;

/// <summary>Delivers outgoing activities to a channel: the Bot Connector over HTTP, or the console.</summary>
public interface IChannelSender
{
    /// <summary>Sends one activity into its conversation at <paramref name="serviceUrl"/>; the id is null when the channel gives none.</summary>
    Task<ResourceResponse?> SendAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken);
}
