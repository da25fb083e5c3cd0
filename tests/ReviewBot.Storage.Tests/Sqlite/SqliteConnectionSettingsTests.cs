using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Storage.Sqlite;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Sqlite;

/// <summary>The per-connection pragmas are set once per native connection; every connection handed out has them.</summary>
public sealed class SqliteConnectionSettingsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CancellationToken _ct = new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    [Theory]
    [InlineData(SqliteSynchronous.Normal, 1)]
    [InlineData(SqliteSynchronous.Full, 2)]
    public async Task Every_connection_has_the_configured_pragmas_whether_new_or_reused_from_the_pool(SqliteSynchronous synchronous, long expected)
    {
        await using var database = new SqliteDatabase(
            _folder.File("state.db"), [], NullLogger<SqliteDatabase>.Instance, TimeSpan.FromSeconds(3), synchronous);

        await using (var first = await database.OpenConnectionAsync(_ct))
        await using (var concurrent = await database.OpenConnectionAsync(_ct))
        {
            await AssertPragmasAsync(first, expected);
            await AssertPragmasAsync(concurrent, expected);
        }
        await using (var reused = await database.OpenConnectionAsync(_ct))
        {
            await AssertPragmasAsync(reused, expected);
            SqliteConnection.ClearPool((SqliteConnection)reused);
        }
        await using var fresh = await database.OpenConnectionAsync(_ct);
        await AssertPragmasAsync(fresh, expected);
    }

    [Fact]
    public async Task In_memory_connections_enforce_foreign_keys()
    {
        await using var database = SqliteDatabase.CreateInMemory([], NullLogger<SqliteDatabase>.Instance);

        for (var i = 0; i < 2; i++)
        {
            await using var connection = await database.OpenConnectionAsync(_ct);
            Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys"));
            Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
        }
    }

    private async Task AssertPragmasAsync(DbConnection connection, long synchronous)
    {
        Assert.Equal(synchronous, await ScalarAsync(connection, "PRAGMA synchronous"));
        Assert.Equal(3000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys"));
    }

    private async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(_ct);
    }

    public void Dispose() => _folder.Dispose();
}
