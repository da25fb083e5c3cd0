using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.Files;
using ReviewBot.Files.Links;

namespace ReviewBot.Files.Storage;

/// <summary>
/// <see cref="IDownloadStore"/> over <see cref="ExpiringFileStore"/>: one document per link, keyed by the SHA-256 of
/// the token (<c>files/link/{hash}</c>), deleted when found expired and by the periodic sweep.
/// </summary>
public sealed class StorageDownloadStore(ExpiringFileStore files, IOptions<FilesOptions> options, TimeProvider time) : IDownloadStore
{
    internal const string KeyPrefix = "files/link/";

    public async Task<DownloadTicket> AddAsync(string conversationTag, OutgoingFile file, CancellationToken cancellationToken)
    {
        var token = SecretToken.New();
        var expiresAt = time.GetUtcNow() + options.Value.LinkLifetime;
        var stored = new StoredFile(FileNames.Clean(file.Name), file.ContentType, file.Content, conversationTag, expiresAt);
        await files.SaveAsync(Key(token), stored, cancellationToken).ConfigureAwait(false);
        return new DownloadTicket(token, expiresAt);
    }

    public async Task<StoredFile?> FindAsync(string conversationTag, string token, CancellationToken cancellationToken)
    {
        if (!SecretToken.IsWellFormed(token) || !ConversationTag.IsWellFormed(conversationTag))
        {
            return null;
        }
        var file = await files.GetAsync(Key(token), cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return null;
        }
        var sameConversation = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(file.ConversationTag), Encoding.ASCII.GetBytes(conversationTag));
        return sameConversation ? file : null;
    }

    internal static string Key(string token) => KeyPrefix + SecretToken.StorageId(token);
}
