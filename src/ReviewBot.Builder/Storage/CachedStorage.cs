using Microsoft.Extensions.Caching.Memory;

namespace ReviewBot.Builder.Storage;

/// <summary>
/// An <see cref="IStorage"/> that keeps the documents this process last read or wrote in memory, so that a turn's
/// read usually needs no database round trip; writes and deletes always go to the store.
/// Safe because every write of a turn is conditional on the ETag it read: when a document was changed behind the cache
/// (another process on the same file), the next write of it is a conflict, the cache forgets every key of that batch,
/// and the turn's retry reads the store again. So a stale entry costs one retried turn, never a lost answer.
/// Meant for a store this process is the main writer of (the SQLite file); with several instances on one database
/// each turn routed to another instance would run twice, so the PostgreSQL provider does not use it.
/// </summary>
public sealed class CachedStorage : IStorage, IDisposable
{
    /// <summary>Rough per-entry overhead (key, record, cache entry), added to the text's size.</summary>
    private const long EntryOverheadBytes = 256;

    /// <summary>Held for a key the store did not have, so that asking again costs nothing either.</summary>
    private static readonly StoredDocument Absent = new(ReadOnlyMemory<byte>.Empty, string.Empty);

    private readonly IStorage _inner;
    private readonly MemoryCache _cache;
    private readonly TimeSpan _idleExpiry;

    /// <param name="inner">The store itself.</param>
    /// <param name="capacityBytes">Upper bound of the cached documents' size (UTF-8 documents, UTF-16 keys and ETags, plus overhead).</param>
    /// <param name="idleExpiry">A document not read or written for this long is dropped.</param>
    public CachedStorage(IStorage inner, long capacityBytes, TimeSpan idleExpiry)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(capacityBytes, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idleExpiry, TimeSpan.Zero);
        _inner = inner;
        _idleExpiry = idleExpiry;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacityBytes, CompactionPercentage = 0.25 });
    }

    /// <summary>How many keys are held now, absent ones included (for tests and diagnostics).</summary>
    public int Count => _cache.Count;

    public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageBatch.EnsureValidKeys(keys);
        var found = new Dictionary<string, StoredDocument>(keys.Count, StringComparer.Ordinal);
        List<string>? missing = null;
        foreach (var key in keys)
        {
            if (_cache.TryGetValue(key, out StoredDocument? document) && document is not null)
            {
                if (!ReferenceEquals(document, Absent))
                {
                    found[key] = document;
                }
            }
            else if (!found.ContainsKey(key))
            {
                (missing ??= new List<string>(keys.Count)).Add(key);
            }
        }
        if (missing is null)
        {
            return found;
        }
        var read = await _inner.ReadAsync(missing, cancellationToken).ConfigureAwait(false);
        foreach (var key in missing)
        {
            if (read.TryGetValue(key, out var document))
            {
                found[key] = document;
                Keep(key, document);
            }
            else
            {
                Keep(key, Absent); // created elsewhere meanwhile? Then creating it here conflicts, and that forgets this.
            }
        }
        return found;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
    {
        StorageBatch.EnsureValid(writes);
        IReadOnlyDictionary<string, string> etags;
        try
        {
            etags = await _inner.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A conflict means an entry is stale; any other failure leaves the outcome unknown. Either way, read again.
            Forget(writes.Select(w => w.Key));
            throw;
        }
        foreach (var write in writes)
        {
            if (etags.TryGetValue(write.Key, out var etag))
            {
                Keep(write.Key, new StoredDocument(write.Utf8, etag));
            }
        }
        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageBatch.EnsureValidKeys(keys);
        Forget(keys);
        try
        {
            await _inner.DeleteAsync(keys, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Forget(keys); // a read running meanwhile may have put them back
        }
    }

    public void Dispose() => _cache.Dispose();

    private void Keep(string key, StoredDocument document)
    {
        var size = EntryOverheadBytes + 2L * (key.Length + document.ETag.Length) + document.Utf8.Length;
        using var entry = _cache.CreateEntry(key);
        entry.Value = document;
        entry.Size = size;
        entry.SlidingExpiration = _idleExpiry;
    }

    private void Forget(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            _cache.Remove(key);
        }
    }
}
