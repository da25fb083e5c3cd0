using Microsoft.Extensions.Options;
using ReviewBot.Builder.Files;
using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Delivery;

/// <summary>
/// The app's <see cref="IFileDelivery"/>: checks the file, then lets the first <see cref="IFileDeliveryStrategy"/>
/// that fits the turn deliver it (Teams file consent in personal chats with an app id), else sends a download link.
/// </summary>
public sealed class ChannelFileDelivery(
    IEnumerable<IFileDeliveryStrategy> strategies,
    DownloadLinkDelivery fallback,
    IOptions<FilesOptions> options) : IFileDelivery
{
    private readonly IFileDeliveryStrategy[] _strategies = [.. strategies];

    public async Task DeliverAsync(ITurnContext turnContext, OutgoingFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(file);
        if (Problem(file) is { } problem)
        {
            await turnContext.SendActivityAsync(problem, cancellationToken).ConfigureAwait(false);
            return;
        }
        var strategy = Array.Find(_strategies, s => s.CanDeliver(turnContext)) ?? fallback;
        await strategy.DeliverAsync(turnContext, file, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var strategy in _strategies)
        {
            if (await strategy.TryHandleAsync(turnContext, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }
        return await fallback.TryHandleAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    private Activity? Problem(OutgoingFile file)
    {
        if (file.Content is null || file.Content.Length == 0)
        {
            return FileMessages.Text(FileMessages.EmptyFile);
        }
        var max = options.Value.MaxFileBytes;
        return file.Content.Length > max ? FileMessages.Text(FileMessages.TooLarge(file.Content.Length, max)) : null;
    }
}
