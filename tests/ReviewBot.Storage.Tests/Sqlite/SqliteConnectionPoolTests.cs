using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Sqlite;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Sqlite;

/// <summary>
/// The database's own kept-open connections: reused one caller at a time, kept up to a cap, closed after a database
/// error, a transaction or reader left open, an outage, or the database's disposal (which releases the file).
/// </summary>
public sealed class SqliteConnectionPoolTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CancellationToken _ct = new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    [Fact]
    public async Task Leases_one_after_another_share_one_kept_open_connection()
    {
        await using var database = Open();
        var storage = new SqliteStorage(database);

        var etag = (await storage.WriteAsync([new StorageWrite("conv", "1", null)], _ct))["conv"];
        await storage.ReadAsync(["conv"], _ct);
        await storage.WriteAsync([new StorageWrite("conv", "2", etag)], _ct);
        var first = await ConnectionAsync(database);
        var second = await ConnectionAsync(database);

        Assert.Same(first, second);
        Assert.Equal(ConnectionState.Open, first.State);
        Assert.Equal(1, database.Pool.Opened);
        Assert.Equal(1, database.Pool.IdleCount);
    }

    [Fact]
    public async Task Leases_at_the_same_time_get_their_own_connections_which_all_come_back()
    {
        await using var database = Open();

        var connections = await HoldAtOnceAsync(database, 3);

        Assert.Equal(3, connections.Distinct().Count());
        Assert.Equal(3, database.Pool.IdleCount);
        Assert.All(connections, c => Assert.Equal(ConnectionState.Open, c.State));
    }

    [Fact]
    public async Task Idle_connections_beyond_the_cap_are_closed()
    {
        await using var database = Open();
        var count = database.Pool.MaxIdle + 2;

        var connections = await HoldAtOnceAsync(database, count);

        Assert.Equal(count, connections.Distinct().Count());
        Assert.Equal(database.Pool.MaxIdle, database.Pool.IdleCount);
        Assert.Equal(2, connections.Count(c => c.State == ConnectionState.Closed));
    }

    [Fact]
    public async Task A_connection_that_met_a_database_error_is_closed_and_not_lent_again()
    {
        await using var database = Open();
        DbConnection? failed = null;

        await Assert.ThrowsAsync<SqliteException>(() => database.RunLeasedAsync(async (lease, ct) =>
        {
            failed = lease.Connection;
            return await lease.Command("SELECT * FROM no_such_table").ExecuteScalarAsync(ct);
        }, _ct));
        var next = await ConnectionAsync(database);

        Assert.Equal(ConnectionState.Closed, failed!.State);
        Assert.NotSame(failed, next);
    }

    [Fact]
    public async Task A_connection_left_inside_a_transaction_is_closed_which_releases_the_write_lock()
    {
        await using var database = Open(busyTimeout: TimeSpan.FromSeconds(1));
        var storage = new SqliteStorage(database);

        var left = await database.RunAsync(async (connection, ct) =>
        {
            await using var begin = connection.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync(ct);
            return connection;
        }, _ct);
        await storage.WriteAsync([new StorageWrite("conv", "1", null)], _ct);

        Assert.Equal(ConnectionState.Closed, left.State);
        Assert.Equal("1", (await storage.ReadAsync(["conv"], _ct))["conv"].Json);
    }

    [Fact]
    public async Task A_connection_left_with_an_open_reader_is_closed()
    {
        await using var database = Open();
        var storage = new SqliteStorage(database);
        await storage.WriteAsync([new StorageWrite("a", "1", null), new StorageWrite("b", "2", null)], _ct);

        var left = await database.RunAsync(async (connection, ct) =>
        {
            var command = connection.CreateCommand();
            command.CommandText = "SELECT key FROM state";
            var reader = await command.ExecuteReaderAsync(ct); // neither read to the end nor disposed
            Assert.True(await reader.ReadAsync(ct));
            return connection;
        }, _ct);

        Assert.Equal(ConnectionState.Closed, left.State);
        Assert.Equal(0, database.Pool.IdleCount);
    }

    [Fact]
    public async Task A_conflict_rolls_back_and_keeps_the_connection()
    {
        await using var database = Open();
        var storage = new SqliteStorage(database);
        var etag = (await storage.WriteAsync([new StorageWrite("a", "1", null)], _ct))["a"];

        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(
            [new StorageWrite("a", "2", etag), new StorageWrite("b", "2", "stale")], _ct));
        await storage.WriteAsync([new StorageWrite("c", "3", null)], _ct);

        var found = await storage.ReadAsync(["a", "b", "c"], _ct);
        Assert.Equal(("1", false, "3"), (found["a"].Json, found.ContainsKey("b"), found["c"].Json));
        Assert.Equal(1, database.Pool.Opened);
    }

    [Fact]
    public async Task An_outage_closes_the_kept_connections_and_new_ones_are_opened_once_the_file_is_free()
    {
        var path = _folder.File("state.db");
        await using var database = Open(busyTimeout: TimeSpan.FromSeconds(1));
        var storage = new SqliteStorage(database);
        var kept = await HoldAtOnceAsync(database, 2);
        await using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        await other.OpenAsync(_ct);
        await using (var exclusive = new SqliteCommand("BEGIN EXCLUSIVE", other))
        {
            await exclusive.ExecuteNonQueryAsync(_ct);
        }

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.WriteAsync([new StorageWrite("conv", "1", null)], _ct));

        Assert.Equal(0, database.Pool.IdleCount);
        Assert.All(kept, c => Assert.Equal(ConnectionState.Closed, c.State));
        await using (var rollback = new SqliteCommand("ROLLBACK", other))
        {
            await rollback.ExecuteNonQueryAsync(_ct);
        }
        await storage.WriteAsync([new StorageWrite("conv", "1", null)], _ct);
        Assert.Equal("1", (await storage.ReadAsync(["conv"], _ct))["conv"].Json);
    }

    [SkippableFact]
    public async Task Disposing_the_database_closes_every_connection_so_the_file_is_released()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Open files are listed from /proc/self/fd.");
        var path = _folder.File("state.db");
        var database = Open();
        var storage = new SqliteStorage(database);
        await storage.WriteAsync([new StorageWrite("conv", "1", null)], _ct);
        await HoldAtOnceAsync(database, 3);
        var lentAtDisposal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var disposed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lent = database.RunLeasedAsync(async (lease, ct) =>
        {
            lentAtDisposal.SetResult();
            await disposed.Task.WaitAsync(ct);
            return lease.Connection;
        }, _ct);
        await lentAtDisposal.Task.WaitAsync(_ct);
        Assert.NotEmpty(OpenFilesOf(path));

        await database.DisposeAsync();
        disposed.SetResult();
        var connection = await lent;

        Assert.Equal(ConnectionState.Closed, connection.State);
        Assert.Empty(OpenFilesOf(path));
        File.Move(path, path + ".moved");
        await using var reopened = Open();
        await new SqliteStorage(reopened).WriteAsync([new StorageWrite("conv", "fresh", null)], _ct);
    }

    public void Dispose() => _folder.Dispose();

    private SqliteDatabase Open(TimeSpan? busyTimeout = null)
        => new(_folder.File("state.db"), [], NullLogger<SqliteDatabase>.Instance, busyTimeout ?? TimeSpan.FromSeconds(5));

    private Task<DbConnection> ConnectionAsync(SqliteDatabase database)
        => database.RunLeasedAsync((lease, _) => Task.FromResult(lease.Connection), _ct);

    /// <summary>Takes <paramref name="count"/> leases that all wait until every one is lent, then returns their connections.</summary>
    private async Task<DbConnection[]> HoldAtOnceAsync(SqliteDatabase database, int count)
    {
        var lent = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return await Task.WhenAll(Enumerable.Range(0, count).Select(_ => Task.Run(() => database.RunLeasedAsync(async (lease, ct) =>
        {
            await lease.Command("SELECT count(*) FROM state").ExecuteScalarAsync(ct);
            if (Interlocked.Increment(ref lent) == count)
            {
                all.SetResult();
            }
            await all.Task.WaitAsync(ct);
            return lease.Connection;
        }, _ct))));
    }

    /// <summary>This process's open files that are the database or its WAL and shared-memory files.</summary>
    private static List<string> OpenFilesOf(string path)
    {
        var found = new List<string>();
        foreach (var descriptor in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(descriptor).LinkTarget is { } target && target.StartsWith(path, StringComparison.Ordinal))
                {
                    found.Add(target);
                }
            }
            catch (IOException)
            {
                // closed while listing
            }
        }
        return found;
    }
}
