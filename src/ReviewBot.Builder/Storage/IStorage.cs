namespace ReviewBot.Builder.Storage;

/// <summary>
/// Key/value document storage with optimistic concurrency, the state store of every turn.
/// ETag rules for <see cref="StorageWrite.ETag"/>, the same in every provider:
/// <c>"*"</c> writes unconditionally; <c>null</c> or empty creates and fails if the key exists;
/// any other value must equal the stored ETag. A failed condition throws <see cref="StorageConflictException"/>
/// and writes nothing of that batch.
/// </summary>
public interface IStorage
{
    Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Writes all documents atomically and returns the new ETag of each key.</summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}

/// <summary>A stored JSON document and the ETag it was stored under.</summary>
public sealed record StoredDocument(string Json, string ETag);

/// <summary>One document to write; see <see cref="IStorage"/> for the meaning of <paramref name="ETag"/>.</summary>
public sealed record StorageWrite(string Key, string Json, string? ETag);

public sealed class StorageConflictException(string key)
    : Exception($"The stored document '{key}' was changed by someone else (ETag mismatch).")
{
    public string Key { get; } = key;
}

/// <summary>Storage could not be reached or refused the operation (locked file, server down...).</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
