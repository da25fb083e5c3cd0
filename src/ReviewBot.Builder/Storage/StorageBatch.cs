namespace ReviewBot.Builder.Storage;

/// <summary>Argument checks shared by every <see cref="IStorage"/> provider, so bad batches fail the same way everywhere.</summary>
public static class StorageBatch
{
    /// <summary>Rejects null or empty keys and null documents, and a key written twice in one batch (its outcome would be ambiguous).</summary>
    public static void EnsureValid(IReadOnlyCollection<StorageWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var write in writes)
        {
            if (write is null)
            {
                throw new ArgumentException("A storage batch contains a null write.", nameof(writes));
            }
            EnsureKey(write.Key, nameof(writes));
            if (write.Utf8 is null)
            {
                throw new ArgumentException($"The document for '{write.Key}' is null.", nameof(writes));
            }
            if (!seen.Add(write.Key))
            {
                throw new ArgumentException($"The key '{write.Key}' appears more than once in one storage batch.", nameof(writes));
            }
        }
    }

    /// <summary>Rejects null or empty keys.</summary>
    public static void EnsureValidKeys(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            EnsureKey(key, nameof(keys));
        }
    }

    private static void EnsureKey(string? key, string parameterName)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException("A storage key is null or empty.", parameterName);
        }
    }
}
