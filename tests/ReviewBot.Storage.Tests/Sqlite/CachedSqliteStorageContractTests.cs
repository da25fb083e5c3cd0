using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Sqlite;
using ReviewBot.Storage.Tests.State;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Sqlite;

/// <summary>The storage contract on a real SQLite file behind the read cache, as the host runs it by default.</summary>
public sealed class CachedSqliteStorageContractTests : StorageContractTests
{
    [Fact]
    public async Task Another_process_writing_the_file_turns_the_next_cached_write_into_a_conflict_then_a_fresh_read()
    {
        using var folder = new TempFolder();
        var path = folder.File("shared.db");
        await using var mine = new SqliteDatabase(path, [], NullLogger<SqliteDatabase>.Instance, TimeSpan.FromSeconds(5));
        await using var theirs = new SqliteDatabase(path, [], NullLogger<SqliteDatabase>.Instance, TimeSpan.FromSeconds(5));
        using var cached = new CachedStorage(new SqliteStorage(mine), 1024 * 1024, TimeSpan.FromMinutes(5));
        var other = new SqliteStorage(theirs);
        var first = await cached.WriteAsync([new StorageWrite("conv/1", """{"answers":["a"]}""", null)], Ct);
        await other.WriteAsync([new StorageWrite("conv/1", """{"answers":["a","b"]}""", first["conv/1"])], Ct);

        var stale = await cached.ReadAsync(["conv/1"], Ct);
        await Assert.ThrowsAsync<StorageConflictException>(
            () => cached.WriteAsync([new StorageWrite("conv/1", """{"answers":["a","c"]}""", stale["conv/1"].ETag)], Ct));
        var fresh = await cached.ReadAsync(["conv/1"], Ct);

        Assert.Equal("""{"answers":["a"]}""", stale["conv/1"].Json);
        Assert.Equal("""{"answers":["a","b"]}""", fresh["conv/1"].Json);
    }

    protected override Task<(IStorage Storage, Func<ValueTask> Dispose)> CreateStorageAsync()
    {
        var folder = new TempFolder();
        var database = new SqliteDatabase(folder.File("state.db"), [], NullLogger<SqliteDatabase>.Instance, TimeSpan.FromSeconds(5));
        var cached = new CachedStorage(new SqliteStorage(database), 1024 * 1024, TimeSpan.FromMinutes(5));
        return Task.FromResult<(IStorage, Func<ValueTask>)>((cached, async () =>
        {
            cached.Dispose();
            await database.DisposeAsync();
            folder.Dispose();
        }));
    }
}
