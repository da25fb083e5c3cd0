using System.Data.Common;
using ReviewBot.Storage.Records;

namespace ReviewBot.Storage.Tests.Records;

/// <summary>
/// <see cref="IRecordDatabase.RunLeasedAsync{T}"/> and <see cref="IRecordDatabase.RunLeasedInTransactionAsync{T}"/> on every
/// SQL provider: a command handed out again for the same SQL runs with its new parameters only, a leased transaction commits
/// when the work returns and leaves nothing behind when it throws, and the next lease starts clean either way.
/// </summary>
public abstract class ConnectionLeaseContractTests : IAsyncLifetime
{
    private const string InsertSql = "INSERT INTO notes (id, body) VALUES (@id, @body)";
    private const string SelectSql = "SELECT body FROM notes WHERE id = @id";

    private static readonly ISchemaMigration NotesTable =
        new SchemaMigration("lease-tests", 1, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");

    private RecordDatabase? _database;

    protected CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    /// <summary>A database over a new, empty store (may skip the test).</summary>
    protected abstract Task<RecordDatabase> CreateDatabaseAsync(IEnumerable<ISchemaMigration> migrations);

    private RecordDatabase Database => _database ?? throw new InvalidOperationException("No database yet.");

    [SkippableFact]
    public async Task A_command_handed_out_again_for_the_same_sql_runs_with_its_new_parameters()
    {
        await OpenAsync();

        await Database.RunLeasedInTransactionAsync(async (lease, ct) =>
        {
            foreach (var (id, body) in new[] { (1, "整改措施"), (2, "原因分析"), (3, "问题查摆") })
            {
                var command = lease.Command(InsertSql);
                Assert.Empty(command.Parameters);
                command.AddParameter("@id", id);
                command.AddParameter("@body", body);
                Assert.Equal(1, await command.ExecuteNonQueryAsync(ct));
            }
            return 0;
        }, Ct);

        Assert.Equal("原因分析", await BodyAsync(2));
        Assert.Equal("整改措施", await BodyAsync(1));
        Assert.Equal("问题查摆", await BodyAsync(3));
        Assert.Null(await BodyAsync(4));
    }

    [SkippableFact]
    public async Task A_leased_transaction_that_throws_keeps_nothing_and_the_next_one_commits()
    {
        await OpenAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Database.RunLeasedInTransactionAsync<int>(async (lease, ct) =>
        {
            await InsertAsync(lease, 1, "kept?", ct);
            throw new InvalidOperationException("the work failed after its first statement");
        }, Ct));
        await Database.RunLeasedInTransactionAsync((lease, ct) => InsertAsync(lease, 2, "second", ct), Ct);

        Assert.Null(await BodyAsync(1));
        Assert.Equal("second", await BodyAsync(2));
    }

    [SkippableFact]
    public async Task A_leased_transaction_whose_statement_fails_keeps_nothing_and_the_next_one_commits()
    {
        await OpenAsync();

        await Assert.ThrowsAnyAsync<DbException>(() => Database.RunLeasedInTransactionAsync(async (lease, ct) =>
        {
            await InsertAsync(lease, 1, "first", ct);
            return await InsertAsync(lease, 1, "same primary key", ct);
        }, Ct));
        await Database.RunLeasedInTransactionAsync((lease, ct) => InsertAsync(lease, 2, "second", ct), Ct);

        Assert.Null(await BodyAsync(1));
        Assert.Equal("second", await BodyAsync(2));
    }

    /// <summary>
    /// Readers on other leases see the last commit while a writer is inside its transaction, and are not held up by it.
    /// Declared as a test by the stores where that holds (not SQLite's shared in-memory cache, which locks the table).
    /// </summary>
    protected async Task AssertReadersSeeTheLastCommitWhileAWriterIsInsideItsTransactionAsync()
    {
        await OpenAsync();
        await Database.RunLeasedInTransactionAsync((lease, ct) => InsertAsync(lease, 1, "committed", ct), Ct);
        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writer = Database.RunLeasedInTransactionAsync(async (lease, ct) =>
        {
            var command = lease.Command("UPDATE notes SET body = @body WHERE id = @id");
            command.AddParameter("@id", 1);
            command.AddParameter("@body", "uncommitted");
            await command.ExecuteNonQueryAsync(ct);
            inside.SetResult();
            await finish.Task.WaitAsync(ct);
            return 0;
        }, Ct);
        await inside.Task.WaitAsync(Ct);

        var readers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => BodyAsync(1))));

        Assert.All(readers, body => Assert.Equal("committed", body));
        Assert.False(writer.IsCompleted);
        finish.SetResult();
        await writer;
        Assert.Equal("uncommitted", await BodyAsync(1));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task OpenAsync() => _database = await CreateDatabaseAsync([NotesTable]);

    private static async Task<int> InsertAsync(ConnectionLease lease, int id, string body, CancellationToken cancellationToken)
    {
        var command = lease.Command(InsertSql);
        command.AddParameter("@id", id);
        command.AddParameter("@body", body);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task<string?> BodyAsync(int id) => Database.RunLeasedAsync(async (lease, ct) =>
    {
        var command = lease.Command(SelectSql);
        command.AddParameter("@id", id);
        return (string?)await command.ExecuteScalarAsync(ct);
    }, Ct);
}
