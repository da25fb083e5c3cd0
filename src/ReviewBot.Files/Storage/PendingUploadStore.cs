using Microsoft.Extensions.Options;
using ReviewBot.Builder.Files;
using ReviewBot.Files.Links;

namespace ReviewBot.Files.Storage;

/// <summary>
/// Files offered with a Teams file-consent card and waiting for the user's answer, under
/// <c>files/consent/{conversationTag}/{fileId}</c>: only the conversation that got the card can claim them.
/// </summary>
public sealed class PendingUploadStore(ExpiringFileStore files, IOptions<FilesOptions> options, TimeProvider time)
{
    internal const string KeyPrefix = "files/consent/";
    private const int FileIdLength = 22;

    /// <summary>Keeps <paramref name="file"/> until the consent card is answered or expires; returns the new file id.</summary>
    public async Task<string> AddAsync(string conversationTag, OutgoingFile file, CancellationToken cancellationToken)
    {
        var fileId = SecretToken.NewId();
        var stored = new StoredFile(FileNames.Clean(file.Name), file.ContentType, file.Content, conversationTag, time.GetUtcNow() + options.Value.ConsentLifetime);
        await files.SaveAsync(Key(conversationTag, fileId), stored, cancellationToken).ConfigureAwait(false);
        return fileId;
    }

    /// <summary>The waiting file, or null when the id is unknown, malformed, expired or from another conversation.</summary>
    public Task<StoredFile?> FindAsync(string conversationTag, string? fileId, CancellationToken cancellationToken) =>
        IsWellFormed(fileId) ? files.GetAsync(Key(conversationTag, fileId!), cancellationToken) : Task.FromResult<StoredFile?>(null);

    public Task RemoveAsync(string conversationTag, string fileId, CancellationToken cancellationToken) =>
        IsWellFormed(fileId) ? files.DeleteAsync(Key(conversationTag, fileId), cancellationToken) : Task.CompletedTask;

    internal static string Key(string conversationTag, string fileId) => $"{KeyPrefix}{conversationTag}/{fileId}";

    private static bool IsWellFormed(string? fileId) => fileId is { Length: FileIdLength } && SecretToken.IsBase64Url(fileId);
}
