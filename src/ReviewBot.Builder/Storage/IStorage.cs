using System.Text;

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

/// <summary>
/// A stored JSON document, as UTF-8 (as the state is parsed and written, and as SQLite stores text), and the ETag it was
/// stored under. The bytes never change once handed over: caches and state bags share them.
/// </summary>
public sealed record StoredDocument
{
    public StoredDocument(string json, string etag)
        : this(Encoding.UTF8.GetBytes(json), etag)
    {
    }

    public StoredDocument(ReadOnlyMemory<byte> utf8, string etag)
    {
        ArgumentNullException.ThrowIfNull(etag);
        Utf8 = utf8;
        ETag = etag;
    }

    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>The document as text (decoded on every call).</summary>
    public string Json => Encoding.UTF8.GetString(Utf8.Span);

    public string ETag { get; }

    public bool Equals(StoredDocument? other) =>
        other is not null && ETag == other.ETag && Utf8.Span.SequenceEqual(other.Utf8.Span);

    public override int GetHashCode() => HashCode.Combine(ETag, Utf8.Length);
}

/// <summary>
/// One document to write, as UTF-8 (see <see cref="StoredDocument"/>; the bytes must not change once handed over);
/// see <see cref="IStorage"/> for the meaning of <see cref="ETag"/>.
/// </summary>
public sealed record StorageWrite
{
    public StorageWrite(string key, string json, string? etag)
        : this(key, json is null ? null! : Encoding.UTF8.GetBytes(json), etag)
    {
    }

    public StorageWrite(string key, byte[] utf8, string? etag)
    {
        Key = key;
        Utf8 = utf8;
        ETag = etag;
    }

    public string Key { get; }

    /// <summary>The document; a whole array, as SQLite binds it.</summary>
    public byte[] Utf8 { get; }

    /// <summary>The document as text (decoded on every call).</summary>
    public string Json => Encoding.UTF8.GetString(Utf8);

    public string? ETag { get; }

    public bool Equals(StorageWrite? other) =>
        other is not null && Key == other.Key && ETag == other.ETag && Utf8.AsSpan().SequenceEqual(other.Utf8);

    public override int GetHashCode() => HashCode.Combine(Key, ETag, Utf8.Length);
}

public sealed class StorageConflictException(string key)
    : Exception($"The stored document '{key}' was changed by someone else (ETag mismatch).")
{
    public string Key { get; } = key;
}

/// <summary>Storage could not be reached or refused the operation (locked file, server down...).</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
