using System.Data.Common;
using System.Globalization;
using ReviewBot.Storage.Records;

namespace ReviewBot.Storage.Tests.Records;

/// <summary>The migration runner on every SQL provider: applied once, in order, atomically, also when two instances start together.</summary>
public abstract class SchemaMigratorContractTests : IAsyncLifetime
{
    private readonly List<RecordDatabase> _opened = [];

    protected CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    /// <summary>A new, empty store for this test (may skip); <see cref="Open"/> then opens it as often as needed.</summary>
    protected abstract Task CreateStoreAsync();

    /// <summary>Another database object (as another bot instance would have) over the store of <see cref="CreateStoreAsync"/>.</summary>
    protected abstract RecordDatabase OpenDatabase(IEnumerable<ISchemaMigration> migrations);

    /// <summary>SQL that takes a moment, to widen the window in which two instances could both apply a migration.</summary>
    protected abstract string SlowStatement { get; }

    [SkippableFact]
    public async Task Pending_migrations_are_applied_in_version_order_and_recorded()
    {
        await CreateStoreAsync();
        var database = Open(
            new SchemaMigration("drafts", 2, "ALTER TABLE drafts ADD COLUMN title TEXT"),
            new SchemaMigration("drafts", 1, "CREATE TABLE drafts (id INTEGER PRIMARY KEY, owner TEXT NOT NULL)"),
            new SchemaMigration("measures", 1, "CREATE TABLE measures (id INTEGER PRIMARY KEY, draft_id INTEGER NOT NULL REFERENCES drafts (id), due DATE)"));

        await database.InitializeAsync(Ct);

        await ExecuteAsync(database, "INSERT INTO drafts (id, owner, title) VALUES (1, 'u1', '对照检查材料')");
        await ExecuteAsync(database, "INSERT INTO measures (id, draft_id, due) VALUES (1, 1, '2025-06-30')");
        Assert.Equal("drafts:1 drafts:2 measures:1 storage:1", await AppliedAsync(database));
    }

    [SkippableFact]
    public async Task A_restarted_instance_applies_only_the_new_migrations()
    {
        await CreateStoreAsync();
        await Open(new SchemaMigration("drafts", 1, "CREATE TABLE drafts (id INTEGER PRIMARY KEY)")).InitializeAsync(Ct);

        // v1 now fails if it ever runs again; the restart must skip it.
        var restarted = Open(
            new SchemaMigration("drafts", 1, "THIS IS NOT SQL"),
            new SchemaMigration("drafts", 2, "CREATE INDEX drafts_id ON drafts (id)"));
        await restarted.InitializeAsync(Ct);

        Assert.Equal("drafts:1 drafts:2 storage:1", await AppliedAsync(restarted));
    }

    [SkippableFact]
    public async Task Two_instances_starting_together_apply_each_migration_once()
    {
        await CreateStoreAsync();
        ISchemaMigration[] migrations =
        [
            new SchemaMigration("counter", 1, "CREATE TABLE applied (n INTEGER NOT NULL)"),
            new SchemaMigration("counter", 2, $"INSERT INTO applied (n) VALUES (1); {SlowStatement}"),
        ];
        var first = Open(migrations);
        var second = Open(migrations);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await Task.WhenAll(
            Task.Run(async () => { await start.Task; await first.InitializeAsync(Ct); }),
            Task.Run(async () => { await start.Task; await second.InitializeAsync(Ct); }),
            Task.Run(start.SetResult));

        Assert.Equal(1L, await ScalarAsync(first, "SELECT count(*) FROM applied"));
        Assert.Equal("counter:1 counter:2 storage:1", await AppliedAsync(second));
    }

    [SkippableFact]
    public async Task A_failing_migration_rolls_back_every_pending_migration_and_names_itself()
    {
        await CreateStoreAsync();
        var database = Open(
            new SchemaMigration("drafts", 1, "CREATE TABLE drafts (id INTEGER PRIMARY KEY)"),
            new SchemaMigration("drafts", 2, "ALTER TABLE no_such_table ADD COLUMN x TEXT"));

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => database.InitializeAsync(Ct));

        Assert.Equal(("drafts", 2), (error.Module, error.Version));
        var fresh = Open();
        await fresh.InitializeAsync(Ct);
        Assert.Equal("storage:1", await AppliedAsync(fresh));
        Assert.Equal(0L, await ScalarAsync(fresh, TableCountSql(fresh.Dialect, "drafts")));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }
    }

    private RecordDatabase Open(params ISchemaMigration[] migrations)
    {
        var database = OpenDatabase(migrations);
        _opened.Add(database);
        return database;
    }

    private static string TableCountSql(SqlDialect dialect, string table) => dialect == SqlDialect.Postgres
        ? $"SELECT count(*) FROM pg_tables WHERE tablename = '{table}'"
        : $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'";

    private Task ExecuteAsync(IRecordDatabase database, string sql) => database.RunInTransactionAsync(async (connection, transaction, ct) =>
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(ct);
    }, Ct);

    private Task<long> ScalarAsync(IRecordDatabase database, string sql) => database.RunAsync(async (connection, ct) =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }, Ct);

    private Task<string> AppliedAsync(IRecordDatabase database) => database.RunAsync(async (connection, ct) =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT module, version FROM schema_migrations ORDER BY module, version";
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        var applied = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            applied.Add($"{reader.GetString(0)}:{reader.GetValue(1)}");
        }
        return string.Join(' ', applied);
    }, Ct);
}
