using ReviewBot.Builder.Turns;

namespace ReviewBot.Builder.Files;

/// <summary>
/// Hands a generated file to the user in the way the channel allows: Teams' file-consent flow in personal chats,
/// an expiring download link elsewhere, a saved file in the console.
/// </summary>
public interface IFileDelivery
{
    /// <summary>Offers <paramref name="file"/> in the turn's conversation (queues the replies on <paramref name="turnContext"/>).</summary>
    Task DeliverAsync(ITurnContext turnContext, OutgoingFile file, CancellationToken cancellationToken);

    /// <summary>Handles the channel's answer to an offer (e.g. <c>fileConsent/invoke</c>); false when the activity is not one.</summary>
    Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}

/// <summary>A file to hand over: its name (with extension), MIME type, bytes and a one-line description.</summary>
public sealed record OutgoingFile(string Name, string ContentType, byte[] Content, string? Description = null)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
