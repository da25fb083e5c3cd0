using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Sqlite;
using ReviewBot.Storage.Tests.Support;
using SQLitePCL;

namespace ReviewBot.Storage.Tests.Sqlite;

/// <summary>A SQL text is parsed and planned once per kept-open connection; later leases reuse the prepared statement.</summary>
public sealed class SqlitePreparedCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CancellationToken _ct = new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    [Fact]
    public async Task The_same_sql_is_prepared_once_and_its_statement_reused_by_later_leases()
    {
        await using var database = Open();
        var first = await StatementAsync(database, "SELECT count(*) FROM state WHERE key = @key");
        var created = database.Pool.CreatedCommands;

        var second = await StatementAsync(database, "SELECT count(*) FROM state WHERE key = @key");
        var other = await StatementAsync(database, "SELECT count(*) FROM state WHERE etag = @key");

        Assert.Same(first.Command, second.Command);
        Assert.Same(first.Statement, second.Statement);
        Assert.NotSame(first.Statement, other.Statement);
        Assert.Equal(created + 1, database.Pool.CreatedCommands);
    }

    [Fact]
    public async Task Turns_of_the_same_shape_prepare_nothing_new_after_the_first()
    {
        await using var database = Open();
        var storage = new SqliteStorage(database);
        var etags = await storage.WriteAsync([new StorageWrite("conv/1", "{}", null), new StorageWrite("user/1", "{}", null)], _ct);
        etags = await TurnAsync(storage, etags, 0);
        var created = database.Pool.CreatedCommands;

        for (var turn = 1; turn <= 20; turn++)
        {
            etags = await TurnAsync(storage, etags, turn);
        }

        Assert.Equal(created, database.Pool.CreatedCommands);
        Assert.Equal(1, database.Pool.Opened);
        Assert.Equal("""{"turn":20}""", (await storage.ReadAsync(["conv/1"], _ct))["conv/1"].Json);
    }

    [Fact]
    public async Task The_least_recently_used_command_is_dropped_beyond_the_capacity()
    {
        await using var database = Open();
        await database.RunLeasedAsync(async (lease, ct) =>
        {
            for (var i = 0; i <= PreparedSqliteConnection.Capacity; i++)
            {
                await lease.Command($"SELECT {i}").ExecuteScalarAsync(ct);
            }
            return 0;
        }, _ct);
        var created = database.Pool.CreatedCommands;

        await StatementAsync(database, $"SELECT {PreparedSqliteConnection.Capacity}");
        Assert.Equal(created, database.Pool.CreatedCommands);
        await StatementAsync(database, "SELECT 0");
        Assert.Equal(created + 1, database.Pool.CreatedCommands);
    }

    [Fact]
    public async Task Parameters_are_emptied_when_the_lease_ends()
    {
        await using var database = Open();
        DbCommand? used = null;

        await database.RunLeasedAsync(async (lease, ct) =>
        {
            used = lease.Command("SELECT count(*) FROM state WHERE json = @json");
            used.Parameters.Add(new SqliteParameter("@json", new string('x', 100_000)));
            return await used.ExecuteScalarAsync(ct);
        }, _ct);

        Assert.NotNull(used);
        Assert.Empty(used.Parameters);
    }

    [Theory]
    [InlineData(SqliteSynchronous.Normal, 1)]
    [InlineData(SqliteSynchronous.Full, 2)]
    public async Task Leased_connections_have_the_configured_pragmas(SqliteSynchronous synchronous, long expected)
    {
        await using var database = new SqliteDatabase(
            _folder.File("state.db"), [], NullLogger<SqliteDatabase>.Instance, TimeSpan.FromSeconds(3), synchronous);

        var pragmas = await database.RunLeasedAsync(async (lease, ct) =>
        (
            Synchronous: await lease.Command("PRAGMA synchronous").ExecuteScalarAsync(ct),
            BusyTimeout: await lease.Command("PRAGMA busy_timeout").ExecuteScalarAsync(ct),
            ForeignKeys: await lease.Command("PRAGMA foreign_keys").ExecuteScalarAsync(ct)
        ), _ct);

        Assert.Equal((expected, 3000L, 1L), ((long)pragmas.Synchronous!, (long)pragmas.BusyTimeout!, (long)pragmas.ForeignKeys!));
    }

    public void Dispose() => _folder.Dispose();

    private SqliteDatabase Open() => new(_folder.File("state.db"), [], NullLogger<SqliteDatabase>.Instance, TimeSpan.FromSeconds(5));

    /// <summary>A turn as the adapter runs it: one read of both keys, one write of both with the ETags read.</summary>
    private async Task<IReadOnlyDictionary<string, string>> TurnAsync(SqliteStorage storage, IReadOnlyDictionary<string, string> etags, int turn)
    {
        var found = await storage.ReadAsync(["conv/1", "user/1"], _ct);
        Assert.Equal(etags["conv/1"], found["conv/1"].ETag);
        var json = $$"""{"turn":{{turn}}}""";
        return await storage.WriteAsync([new StorageWrite("conv/1", json, etags["conv/1"]), new StorageWrite("user/1", json, etags["user/1"])], _ct);
    }

    /// <summary>Runs <paramref name="sql"/> on a lease; returns the command and the native statement it ran.</summary>
    private Task<(DbCommand Command, sqlite3_stmt Statement)> StatementAsync(SqliteDatabase database, string sql)
        => database.RunLeasedAsync(async (lease, ct) =>
        {
            var command = lease.Command(sql);
            if (sql.Contains("@key", StringComparison.Ordinal))
            {
                command.Parameters.Add(new SqliteParameter("@key", "conv/1"));
            }
            await using var reader = (SqliteDataReader)await command.ExecuteReaderAsync(ct);
            Assert.True(await reader.ReadAsync(ct));
            return (command, reader.Handle!);
        }, _ct);
}
