using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.ConsoleChat;

/// <summary>The console "connector": replies are printed instead of posted.</summary>
public sealed class ConsoleChannelSender(ConsoleRenderer renderer) : IChannelSender
{
    public async Task<ResourceResponse?> SendAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        await renderer.RenderAsync(activity, cancellationToken).ConfigureAwait(false);
        return new ResourceResponse { Id = Guid.NewGuid().ToString("N") };
    }
}
