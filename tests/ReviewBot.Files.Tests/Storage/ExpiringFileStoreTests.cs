using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Builder.Storage;
using ReviewBot.Files.Storage;

namespace ReviewBot.Files.Tests.Storage;

public sealed class ExpiringFileStoreTests
{
    private readonly MemoryStorage _storage = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 1, 20, 0, TimeSpan.Zero));
    private readonly ExpiringFileStore _files;

    public ExpiringFileStoreTests() => _files = new ExpiringFileStore(_storage, _time, NullLogger<ExpiringFileStore>.Instance);

    [Fact]
    public async Task Sweep_deletes_expired_files_and_keeps_live_ones()
    {
        await _files.SaveAsync("files/link/a", File(TimeSpan.FromMinutes(30)), CancellationToken.None);
        await _files.SaveAsync("files/link/b", File(TimeSpan.FromHours(3)), CancellationToken.None);

        _time.Advance(TimeSpan.FromHours(2));
        var removed = await _files.SweepAsync(CancellationToken.None);

        Assert.Equal(1, removed);
        Assert.Equal(["files/link/b"], await StoredAsync("files/link/a", "files/link/b"));
    }

    [Fact]
    public async Task Sweep_does_not_delete_a_file_before_it_expires()
    {
        await _files.SaveAsync("files/link/a", File(TimeSpan.FromMinutes(30)), CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(29));
        await _files.SweepAsync(CancellationToken.None);

        Assert.NotNull(await _files.GetAsync("files/link/a", CancellationToken.None));
    }

    [Fact]
    public async Task Sweep_catches_up_after_a_long_downtime()
    {
        await _files.SweepAsync(CancellationToken.None);
        await _files.SaveAsync("files/link/a", File(TimeSpan.FromHours(1)), CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(30));
        var removed = await _files.SweepAsync(CancellationToken.None);

        Assert.Equal(1, removed);
        Assert.Empty(await StoredAsync("files/link/a", ExpiringFileStore.BucketKey(ExpiringFileStore.DueHour(_time.GetUtcNow() - TimeSpan.FromDays(30) + TimeSpan.FromHours(1)))));
    }

    [Fact]
    public async Task Concurrent_saves_into_one_bucket_are_all_entered_for_the_sweep()
    {
        var storage = new InterleavingStorage(_storage);
        var files = new ExpiringFileStore(storage, _time, NullLogger<ExpiringFileStore>.Instance);
        var keys = Enumerable.Range(0, 12).Select(i => $"files/link/{i}").ToArray();

        await Task.WhenAll(keys.Select(k => files.SaveAsync(k, File(TimeSpan.FromMinutes(10)), CancellationToken.None)));
        _time.Advance(TimeSpan.FromHours(1));
        var removed = await files.SweepAsync(CancellationToken.None);

        Assert.True(storage.Conflicts > 0, "the writers never raced; the test proves nothing");
        Assert.Equal(keys.Length, removed);
        Assert.Empty(await StoredAsync(keys));
    }

    [Fact]
    public async Task Unreadable_document_is_treated_as_missing_and_removed()
    {
        await _storage.WriteAsync([new StorageWrite("files/link/broken", "{\"name\":", ETagRules.Any)], CancellationToken.None);

        Assert.Null(await _files.GetAsync("files/link/broken", CancellationToken.None));
        Assert.Empty(await StoredAsync("files/link/broken"));
    }

    [Theory]
    [InlineData("2026-11-28T01:20:00Z", "2026-11-28T02:00:00Z")]
    [InlineData("2026-11-28T02:00:00Z", "2026-11-28T02:00:00Z")]
    [InlineData("2026-11-28T09:59:59+08:00", "2026-11-28T02:00:00Z")]
    public void Files_are_entered_in_the_first_hour_at_or_after_their_expiry(string expiresAt, string due)
    {
        Assert.Equal(DateTimeOffset.Parse(due), ExpiringFileStore.DueHour(DateTimeOffset.Parse(expiresAt)));
    }

    /// <summary>Lets every reader finish reading before anyone writes, so that writers of one bucket really race.</summary>
    private sealed class InterleavingStorage(IStorage inner) : IStorage
    {
        private int _conflicts;

        public int Conflicts => _conflicts;

        public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            var result = await inner.ReadAsync(keys, cancellationToken);
            await Task.Delay(5, cancellationToken);
            return result;
        }

        public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
        {
            try
            {
                return await inner.WriteAsync(writes, cancellationToken);
            }
            catch (StorageConflictException)
            {
                Interlocked.Increment(ref _conflicts);
                throw;
            }
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
    }

    private StoredFile File(TimeSpan lifetime) =>
        new("a.docx", "application/octet-stream", [1, 2, 3], "tag", _time.GetUtcNow() + lifetime);

    private async Task<string[]> StoredAsync(params string[] keys) =>
        [.. (await _storage.ReadAsync(keys, CancellationToken.None)).Keys.Order(StringComparer.Ordinal)];
}
