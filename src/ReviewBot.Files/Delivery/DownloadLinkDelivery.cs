using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.Files;
using ReviewBot.Builder.Turns;
using ReviewBot.Files.Links;
using ReviewBot.Files.Storage;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Delivery;

/// <summary>
/// Hands over a file as an expiring download link bound to the conversation:
/// <c>{PublicBaseUrl}/files/{conversationTag}/{token}/{name}</c>, served by <c>MapFileDownloads</c>.
/// Works in every channel that renders markdown links (group chats, channels, Emulator, Web Chat, Agents Playground).
/// </summary>
public sealed partial class DownloadLinkDelivery(
    IDownloadStore store,
    PublicBaseUrl baseUrl,
    IOptions<FilesOptions> options,
    ILogger<DownloadLinkDelivery> logger) : IFileDeliveryStrategy
{
    public bool CanDeliver(ITurnContext turnContext) => true;

    public async Task DeliverAsync(ITurnContext turnContext, OutgoingFile file, CancellationToken cancellationToken)
    {
        var link = await CreateLinkAsync(turnContext.Activity, file, cancellationToken).ConfigureAwait(false);
        var text = FileMessages.LinkReady(link.Markdown, options.Value.LinkLifetime);
        await turnContext.SendActivityAsync(FileMessages.Text(text), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores the file and returns its link (also used as the fallback when a Teams upload fails).</summary>
    public async Task<DownloadLink> CreateLinkAsync(Activity activity, OutgoingFile file, CancellationToken cancellationToken)
    {
        var tag = ConversationTag.For(activity);
        var name = FileNames.Clean(file.Name);
        var ticket = await store.AddAsync(tag, file with { Name = name }, cancellationToken).ConfigureAwait(false);
        var url = $"{baseUrl.Resolve()}/files/{tag}/{ticket.Token}/{Uri.EscapeDataString(name)}";
        LogLinkCreated(tag, file.Content.Length, ticket.ExpiresAt);
        return new DownloadLink(name, url, ticket.ExpiresAt);
    }

    public Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.FromResult(false);

    [LoggerMessage(Level = LogLevel.Information, Message = "Download link created in conversation {ConversationTag} for {Bytes} bytes, valid until {ExpiresAt}")]
    private partial void LogLinkCreated(string conversationTag, int bytes, DateTimeOffset expiresAt);
}

/// <summary>A download link: the file's name, the secret URL and when it stops working.</summary>
public sealed record DownloadLink(string Name, string Url, DateTimeOffset ExpiresAt)
{
    /// <summary>The link as markdown, <c>[name](url)</c>, with the name escaped.</summary>
    public string Markdown => $"[{FileNames.MarkdownText(Name)}]({Url})";
}
