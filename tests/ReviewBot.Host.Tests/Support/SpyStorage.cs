using ReviewBot.Builder.Storage;

namespace ReviewBot.Host.Tests.Support;

/// <summary>In-memory storage that counts writes, to show that refused requests change nothing.</summary>
public sealed class SpyStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private int _writes;

    public int Writes => Volatile.Read(ref _writes);

    public void ResetCounters() => Interlocked.Exchange(ref _writes, 0);

    public Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        _inner.ReadAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        return _inner.WriteAsync(writes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        _inner.DeleteAsync(keys, cancellationToken);
}
