using Microsoft.Extensions.Caching.Memory;
using ReviewBot.Builder.State;

namespace ReviewBot.Builder.Turns;

/// <summary>
/// The state bags of saved turns, with their live values (see <see cref="StateBag.CarryOver"/>), so that the next turn
/// on a document takes the objects instead of reading them from JSON again. A bag is handed out once (taken, not
/// shared: two turns never hold the same objects) and only for the ETag the store has now; a turn that fails or loses
/// an ETag race puts nothing back, so its changes cannot leak into the next turn.
/// </summary>
internal sealed class LiveStateCache : IDisposable
{
    /// <summary>Live objects take more room than their JSON; a rough factor over the document's UTF-8 size, plus overhead.</summary>
    private const long ObjectFactor = 4;
    private const long EntryOverheadBytes = 512;

    private readonly MemoryCache? _cache;
    private readonly TimeSpan _idleExpiry;
    private volatile bool _disposed;

    /// <param name="capacityBytes">Upper bound of the estimated size of the kept bags; 0 keeps none.</param>
    public LiveStateCache(long capacityBytes, TimeSpan idleExpiry)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacityBytes);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idleExpiry, TimeSpan.Zero);
        _idleExpiry = idleExpiry;
        _cache = capacityBytes == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = capacityBytes, CompactionPercentage = 0.25 });
    }

    /// <summary>How many bags are kept now (for tests).</summary>
    public int Count => _cache?.Count ?? 0;

    /// <summary>Whether bags are kept at all (off when there is no room, and after <see cref="Dispose"/>).</summary>
    public bool IsKeeping => _cache is not null && !_disposed;

    /// <summary>The kept bag of <paramref name="key"/>, removed from the cache; null when none is kept or it is not for <paramref name="etag"/>.</summary>
    public StateBag? TryTake(string key, string etag)
    {
        try
        {
            if (_cache is null || _disposed || !_cache.TryGetValue(key, out Entry? entry) || entry is null
                || Interlocked.Exchange(ref entry.Taken, 1) != 0)
            {
                return null;
            }
            _cache.Remove(key);
            return entry.Bag.ETag == etag ? entry.Bag : null;
        }
        catch (ObjectDisposedException)
        {
            return null; // a turn still running while the host shuts down: it reads its state from the store
        }
    }

    /// <summary>Keeps <paramref name="bag"/>, replacing any bag kept for its key.</summary>
    public void Put(StateBag bag, long documentBytes)
    {
        if (!IsKeeping)
        {
            return;
        }
        try
        {
            using var entry = _cache!.CreateEntry(bag.Key);
            entry.Value = new Entry(bag);
            entry.Size = EntryOverheadBytes + ObjectFactor * documentBytes;
            entry.SlidingExpiration = _idleExpiry;
        }
        catch (ObjectDisposedException)
        {
            // shutting down: nothing to keep
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _cache?.Dispose();
    }

    private sealed class Entry(StateBag bag)
    {
        public readonly StateBag Bag = bag;
        public int Taken;
    }
}
