using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Records;
using ReviewBot.Storage.Sqlite;
using ReviewBot.Storage.State;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Sqlite;

/// <summary>
/// Leased writes that arrive while another is running wait and then share one transaction, each in its own savepoint:
/// every work's outcome is its own, and no task completes before the commit.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private const string InsertSql = "INSERT INTO notes (id, body) VALUES (@id, @body)";

    private static readonly ISchemaMigration NotesTable =
        new SchemaMigration("group-commit-tests", 1, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");

    private readonly TempFolder _folder = new();
    private readonly CancellationToken _ct = new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    [Fact]
    public async Task Writes_queued_behind_a_running_one_commit_together_and_complete_only_after_the_commit()
    {
        await using var database = Open(TimeSpan.FromSeconds(5));
        var (first, release) = await StartHeldWriteAsync(database, id: 1);

        var queued = Enumerable.Range(2, 5).Select(id => Insert(database, id, $"第{id}条")).ToList();
        await WaitUntilQueuedAsync(database, 5);
        Assert.All(queued, task => Assert.False(task.IsCompleted));
        Assert.Empty(await BodiesAsync(database)); // nothing committed yet: the first work's transaction is still open

        release.SetResult();
        await first;
        await Task.WhenAll(queued);

        Assert.Equal([1, 2, 3, 4, 5, 6], (await BodiesAsync(database)).Keys);
        var counts = database.GroupCommit.Counts;
        Assert.Equal(2, counts.Groups);
        Assert.Equal(2, counts.Commits);
    }

    [Fact]
    public async Task A_failing_work_in_a_group_undoes_only_its_own_statements()
    {
        await using var database = Open(TimeSpan.FromSeconds(5));
        var (first, release) = await StartHeldWriteAsync(database, id: 1);
        var before = Insert(database, 2, "采用");
        var failing = database.RunLeasedInTransactionAsync<int>(async (lease, ct) =>
        {
            await InsertAsync(lease, 3, "不该留下", ct);
            throw new StorageConflictException("conv-3");
        }, _ct);
        var after = Insert(database, 4, "下一个方面");
        await WaitUntilQueuedAsync(database, 3);

        release.SetResult();
        await Task.WhenAll(first, before, after);

        await Assert.ThrowsAsync<StorageConflictException>(() => failing);
        Assert.Equal([1, 2, 4], (await BodiesAsync(database)).Keys);
        Assert.Equal(2, database.GroupCommit.Counts.Commits);
    }

    [Fact]
    public async Task A_work_cancelled_while_queued_is_not_run()
    {
        await using var database = Open(TimeSpan.FromSeconds(5));
        var (first, release) = await StartHeldWriteAsync(database, id: 1);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_ct);
        var cancelled = database.RunLeasedInTransactionAsync((lease, ct) => InsertAsync(lease, 2, "取消", ct), cancel.Token);
        var kept = Insert(database, 3, "保留");
        await WaitUntilQueuedAsync(database, 2);

        await cancel.CancelAsync();
        release.SetResult();
        await Task.WhenAll(first, kept);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal([1, 3], (await BodiesAsync(database)).Keys);
    }

    [Fact]
    public async Task Writes_queued_behind_a_group_that_found_the_file_locked_fail_with_it_instead_of_waiting_again()
    {
        var path = _folder.File("state.db");
        await using var database = Open(TimeSpan.FromSeconds(2), path);
        await database.InitializeAsync(_ct);
        await using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        await other.OpenAsync(_ct);
        await using (var begin = new SqliteCommand("BEGIN EXCLUSIVE", other))
        {
            await begin.ExecuteNonQueryAsync(_ct);
        }

        // The leader waits inside SQLite for the lock (up to the busy timeout) on the thread that called it.
        var leader = Task.Run(() => Insert(database, 1, "一"), _ct);
        await WaitUntilAsync(() => database.GroupCommit.Counts.Groups == 1);
        var queued = new[] { Insert(database, 2, "二"), Insert(database, 3, "三") };
        Assert.Equal(2, database.GroupCommit.Counts.Queued);

        foreach (var write in queued.Prepend(leader))
        {
            var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => write);
            Assert.Contains("locked", error.Message, StringComparison.Ordinal);
        }
        Assert.Equal(1, database.GroupCommit.Counts.Groups); // the queued ones were answered, not run against the lock again

        await using (var rollback = new SqliteCommand("ROLLBACK", other))
        {
            await rollback.ExecuteNonQueryAsync(_ct);
        }
        await Insert(database, 4, "四");
        Assert.Equal([4], (await BodiesAsync(database)).Keys);
    }

    [Fact]
    public async Task Conflicting_state_writes_of_one_group_each_get_their_own_outcome()
    {
        await using var database = Open(TimeSpan.FromSeconds(5));
        var storage = new SqliteStorage(database);
        var etags = await storage.WriteAsync([new StorageWrite("conv-a", "{\"v\":1}", null), new StorageWrite("conv-b", "{\"v\":1}", null)], _ct);
        var (first, release) = await StartHeldWriteAsync(database, id: 1);

        var stale = storage.WriteAsync([new StorageWrite("conv-a", "{\"v\":2}", "not-the-etag")], _ct);
        var fresh = storage.WriteAsync([new StorageWrite("conv-b", "{\"v\":2}", etags["conv-b"])], _ct);
        await WaitUntilQueuedAsync(database, 2);
        release.SetResult();
        await first;

        await Assert.ThrowsAsync<StorageConflictException>(() => stale);
        await fresh;
        var stored = await storage.ReadAsync(["conv-a", "conv-b"], _ct);
        Assert.Equal("{\"v\":1}", stored["conv-a"].Json);
        Assert.Equal("{\"v\":2}", stored["conv-b"].Json);
    }

    public void Dispose() => _folder.Dispose();

    private SqliteDatabase Open(TimeSpan busyTimeout, string? path = null)
        => new(path ?? _folder.File("state.db"), [NotesTable], NullLogger<SqliteDatabase>.Instance, busyTimeout);

    /// <summary>A write whose work waits inside its open transaction until released, so that later writes queue behind it.</summary>
    private async Task<(Task Write, TaskCompletionSource Release)> StartHeldWriteAsync(SqliteDatabase database, int id)
    {
        await database.InitializeAsync(_ct);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var write = database.RunLeasedInTransactionAsync(async (lease, ct) =>
        {
            await InsertAsync(lease, id, "第一条", ct);
            started.SetResult();
            await release.Task.WaitAsync(ct);
            return 0;
        }, _ct);
        await started.Task.WaitAsync(_ct);
        return (write, release);
    }

    private Task<int> Insert(SqliteDatabase database, int id, string body)
        => database.RunLeasedInTransactionAsync((lease, ct) => InsertAsync(lease, id, body, ct), _ct);

    private static Task<int> InsertAsync(ConnectionLease lease, int id, string body, CancellationToken ct)
    {
        var command = lease.Command(InsertSql);
        command.AddParameter("@id", id);
        command.AddParameter("@body", body);
        return command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Committed notes, read on another connection.</summary>
    private async Task<SortedDictionary<long, string>> BodiesAsync(SqliteDatabase database)
        => await database.RunLeasedAsync(async (lease, ct) =>
        {
            var bodies = new SortedDictionary<long, string>();
            await using var reader = await lease.Command("SELECT id, body FROM notes").ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                bodies[reader.GetInt64(0)] = reader.GetString(1);
            }
            return bodies;
        }, _ct);

    private Task WaitUntilQueuedAsync(SqliteDatabase database, int count) => WaitUntilAsync(() => database.GroupCommit.Counts.Queued == count);

    private async Task WaitUntilAsync(Func<bool> condition)
    {
        while (!condition())
        {
            await Task.Delay(10, _ct);
        }
    }
}
