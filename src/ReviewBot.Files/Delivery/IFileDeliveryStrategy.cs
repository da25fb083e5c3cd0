using ReviewBot.Builder.Files;
using ReviewBot.Builder.Turns;

namespace ReviewBot.Files.Delivery;

/// <summary>
/// One way of handing over files, chosen per turn by <see cref="ChannelFileDelivery"/>: the first registered strategy
/// that <see cref="CanDeliver"/> wins, and a download link is the fallback. Register more with
/// <c>services.TryAddEnumerable(ServiceDescriptor.Singleton&lt;IFileDeliveryStrategy, MyStrategy&gt;())</c>
/// (e.g. the console's saved-file delivery) or replace <see cref="IFileDelivery"/> altogether.
/// </summary>
public interface IFileDeliveryStrategy
{
    /// <summary>Whether this strategy hands over files in the turn's conversation.</summary>
    bool CanDeliver(ITurnContext turnContext);

    /// <summary>Offers the file; the file has already been checked (not empty, not over the size limit).</summary>
    Task DeliverAsync(ITurnContext turnContext, OutgoingFile file, CancellationToken cancellationToken);

    /// <summary>Handles the channel's answer to an earlier offer; false when the activity is not one of this strategy's.</summary>
    Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
