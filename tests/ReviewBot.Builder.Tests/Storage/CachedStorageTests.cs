using ReviewBot.Builder.Storage;

namespace ReviewBot.Builder.Tests.Storage;

public sealed class CachedStorageTests : IDisposable
{
    private readonly CancellationToken _ct = new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;
    private readonly CountingStorage _store = new();
    private readonly CachedStorage _cached;

    public CachedStorageTests() => _cached = new CachedStorage(_store, 1024 * 1024, TimeSpan.FromMinutes(5));

    [Fact]
    public async Task A_written_document_is_read_back_without_asking_the_store()
    {
        var etags = await _cached.WriteAsync([new StorageWrite("conv/1", """{"step":1}""", null)], _ct);

        var found = await _cached.ReadAsync(["conv/1"], _ct);

        Assert.Equal("""{"step":1}""", found["conv/1"].Json);
        Assert.Equal(etags["conv/1"], found["conv/1"].ETag);
        Assert.Empty(_store.ReadKeys);
    }

    [Fact]
    public async Task A_read_asks_the_store_only_for_the_keys_it_does_not_hold()
    {
        await _store.WriteAsync([new StorageWrite("user/1", """{"name":"a"}""", null)], _ct);
        await _cached.WriteAsync([new StorageWrite("conv/1", "{}", null)], _ct);

        var first = await _cached.ReadAsync(["conv/1", "user/1", "missing"], _ct);
        var second = await _cached.ReadAsync(["conv/1", "user/1"], _ct);

        Assert.Equal(["user/1", "missing"], _store.ReadKeys);
        Assert.Equal(2, first.Count);
        Assert.Equal("""{"name":"a"}""", second["user/1"].Json);
    }

    [Fact]
    public async Task A_document_changed_behind_the_cache_makes_the_next_write_conflict_and_the_retry_reads_the_store()
    {
        var mine = await _cached.WriteAsync([new StorageWrite("conv/1", """{"v":"mine"}""", null)], _ct);
        var theirs = await _store.WriteAsync([new StorageWrite("conv/1", """{"v":"theirs"}""", mine["conv/1"])], _ct);
        var stale = await _cached.ReadAsync(["conv/1"], _ct);
        Assert.Equal(mine["conv/1"], stale["conv/1"].ETag);

        await Assert.ThrowsAsync<StorageConflictException>(
            () => _cached.WriteAsync([new StorageWrite("conv/1", """{"v":"lost?"}""", stale["conv/1"].ETag)], _ct));
        var fresh = await _cached.ReadAsync(["conv/1"], _ct);

        Assert.Equal("""{"v":"theirs"}""", fresh["conv/1"].Json);
        Assert.Equal(theirs["conv/1"], fresh["conv/1"].ETag);
        await _cached.WriteAsync([new StorageWrite("conv/1", """{"v":"retried"}""", fresh["conv/1"].ETag)], _ct);
        Assert.Equal("""{"v":"retried"}""", (await _store.ReadAsync(["conv/1"], _ct))["conv/1"].Json);
    }

    [Fact]
    public async Task A_key_the_store_does_not_have_is_asked_for_once()
    {
        Assert.Empty(await _cached.ReadAsync(["user/new"], _ct));
        Assert.Empty(await _cached.ReadAsync(["user/new"], _ct));

        Assert.Equal(["user/new"], _store.ReadKeys);
    }

    [Fact]
    public async Task A_key_created_behind_the_cache_makes_creating_it_conflict_and_the_retry_finds_it()
    {
        Assert.Empty(await _cached.ReadAsync(["user/1"], _ct));
        await _store.WriteAsync([new StorageWrite("user/1", """{"by":"them"}""", null)], _ct);

        await Assert.ThrowsAsync<StorageConflictException>(
            () => _cached.WriteAsync([new StorageWrite("user/1", """{"by":"me"}""", null)], _ct));

        Assert.Equal("""{"by":"them"}""", (await _cached.ReadAsync(["user/1"], _ct))["user/1"].Json);
    }

    [Fact]
    public async Task A_conflict_forgets_every_key_of_the_batch()
    {
        await _cached.WriteAsync([new StorageWrite("conv/1", "{}", null), new StorageWrite("user/1", "{}", null)], _ct);

        await Assert.ThrowsAsync<StorageConflictException>(
            () => _cached.WriteAsync([new StorageWrite("conv/1", "{}", "*"), new StorageWrite("user/1", "{}", "no-such-etag")], _ct));
        await _cached.ReadAsync(["conv/1", "user/1"], _ct);

        Assert.Equal(["conv/1", "user/1"], _store.ReadKeys);
    }

    [Fact]
    public async Task A_failed_write_forgets_its_keys_because_its_outcome_is_unknown()
    {
        await _cached.WriteAsync([new StorageWrite("conv/1", "{}", null)], _ct);
        _store.FailWrites = true;

        await Assert.ThrowsAsync<StorageUnavailableException>(
            () => _cached.WriteAsync([new StorageWrite("conv/1", """{"v":2}""", "*")], _ct));
        _store.FailWrites = false;
        await _cached.ReadAsync(["conv/1"], _ct);

        Assert.Equal(["conv/1"], _store.ReadKeys);
    }

    [Fact]
    public async Task A_deleted_document_is_not_served_from_memory()
    {
        await _cached.WriteAsync([new StorageWrite("conv/1", "{}", null)], _ct);

        await _cached.DeleteAsync(["conv/1"], _ct);

        Assert.Equal(0, _cached.Count);
        Assert.Empty(await _cached.ReadAsync(["conv/1"], _ct));
        Assert.Equal(["conv/1"], _store.ReadKeys);
    }

    [Fact]
    public async Task A_document_larger_than_the_cache_is_always_read_from_the_store()
    {
        using var small = new CachedStorage(_store, 1024, TimeSpan.FromMinutes(5));
        var big = "\"" + new string('材', 2000) + "\"";

        await small.WriteAsync([new StorageWrite("draft/1", big, null)], _ct);
        var found = await small.ReadAsync(["draft/1"], _ct);

        Assert.Equal(big, found["draft/1"].Json);
        Assert.Equal(["draft/1"], _store.ReadKeys);
        Assert.Equal(0, small.Count);
    }

    [Fact]
    public async Task Bad_keys_are_refused_as_by_every_store()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _cached.ReadAsync([""], _ct));
        await Assert.ThrowsAsync<ArgumentException>(
            () => _cached.WriteAsync([new StorageWrite("k", "{}", null), new StorageWrite("k", "{}", null)], _ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _cached.DeleteAsync([""], _ct));
    }

    public void Dispose() => _cached.Dispose();

    /// <summary>A memory store that records which keys were read from it and can be made to fail its writes.</summary>
    private sealed class CountingStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public List<string> ReadKeys { get; } = [];

        public bool FailWrites { get; set; }

        public Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            ReadKeys.AddRange(keys);
            return _inner.ReadAsync(keys, cancellationToken);
        }

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
            => FailWrites ? throw new StorageUnavailableException("down") : _inner.WriteAsync(writes, cancellationToken);

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => _inner.DeleteAsync(keys, cancellationToken);
    }
}
