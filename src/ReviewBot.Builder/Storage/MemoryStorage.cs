namespace ReviewBot.Builder.Storage;

/// <summary>In-process storage for tests; same ETag rules as the persistent providers.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoredDocument> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageBatch.EnsureValidKeys(keys);
        var result = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var doc))
                {
                    result[key] = doc;
                }
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, StoredDocument>>(result);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
    {
        StorageBatch.EnsureValid(writes);
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var write in writes)
            {
                _items.TryGetValue(write.Key, out var existing);
                if (!ETagRules.Allows(write.ETag, existing?.ETag))
                {
                    throw new StorageConflictException(write.Key);
                }
            }
            foreach (var write in writes)
            {
                var etag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _items[write.Key] = new StoredDocument(write.Utf8, etag);
                etags[write.Key] = etag;
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageBatch.EnsureValidKeys(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }
        return Task.CompletedTask;
    }
}
