using ReviewBot.Builder.Files;

namespace ReviewBot.Files.Storage;

/// <summary>Files behind download links: stored under an unguessable token, bound to a conversation, expiring.</summary>
public interface IDownloadStore
{
    /// <summary>Stores <paramref name="file"/> for the conversation with <paramref name="conversationTag"/>; the token is returned only here.</summary>
    Task<DownloadTicket> AddAsync(string conversationTag, OutgoingFile file, CancellationToken cancellationToken);

    /// <summary>The file, or null when the token is unknown, expired, malformed or belongs to another conversation.</summary>
    Task<StoredFile?> FindAsync(string conversationTag, string token, CancellationToken cancellationToken);
}

/// <summary>What a new download link needs: the secret token and when it stops working.</summary>
public sealed record DownloadTicket(string Token, DateTimeOffset ExpiresAt);
