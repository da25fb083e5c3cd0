using ReviewBot.Builder.Storage;

namespace ReviewBot.Host.Tests.Support;

/// <summary>In-memory storage that counts reads and writes, to show that refused requests change nothing and how many round trips a turn makes.</summary>
public sealed class SpyStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private int _writes;
    private int _reads;

    public int Writes => Volatile.Read(ref _writes);

    public int Reads => Volatile.Read(ref _reads);

    public void ResetCounters()
    {
        Interlocked.Exchange(ref _writes, 0);
        Interlocked.Exchange(ref _reads, 0);
    }

    public Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return _inner.ReadAsync(keys, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        return _inner.WriteAsync(writes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        _inner.DeleteAsync(keys, cancellationToken);
}
