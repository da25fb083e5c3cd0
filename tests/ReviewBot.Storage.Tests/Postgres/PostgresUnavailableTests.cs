using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Postgres;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Postgres;

/// <summary>A server that is down, stops mid-use or refuses the login gives StorageUnavailableException, and recovery needs no restart of the bot.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresUnavailableTests(PostgresFixture postgres)
{
    private readonly CancellationToken _ct = new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token;

    [SkippableFact]
    public async Task Server_stopped_during_use_gives_unavailable_and_the_store_recovers_when_it_is_back()
    {
        Skip.If(PostgresBinaries.MissingReason is not null, PostgresBinaries.MissingReason);
        await using var server = await PostgresServer.StartAsync();
        await using var database = new PostgresDatabase(await server.CreateDatabaseAsync(), [], NullLogger<PostgresDatabase>.Instance);
        var storage = new PostgresStorage(database);
        var etag = (await storage.WriteAsync([new StorageWrite("conv", """{"step":1}""", null)], _ct))["conv"];

        await server.StopAsync();

        var readError = await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync(["conv"], _ct));
        await Assert.ThrowsAsync<StorageUnavailableException>(
            () => storage.WriteAsync([new StorageWrite("conv", """{"step":2}""", etag)], _ct));
        Assert.Contains($"PostgreSQL at 127.0.0.1:{server.Port}", readError.Message, StringComparison.Ordinal);
        Assert.False((await storage.CheckHealthAsync(_ct)).IsHealthy);

        await server.StartServerAsync();

        Assert.Equal("""{"step":1}""", (await storage.ReadAsync(["conv"], _ct))["conv"].Json);
        await storage.WriteAsync([new StorageWrite("conv", """{"step":2}""", etag)], _ct);
        Assert.True((await storage.CheckHealthAsync(_ct)).IsHealthy);
    }

    [SkippableFact]
    public async Task Server_down_at_start_up_gives_unavailable_and_the_schema_is_created_on_first_use_once_it_is_up()
    {
        Skip.If(PostgresBinaries.MissingReason is not null, PostgresBinaries.MissingReason);
        await using var server = await PostgresServer.StartAsync();
        var connectionString = await server.CreateDatabaseAsync();
        await server.StopAsync();
        await using var database = new PostgresDatabase(connectionString, [], NullLogger<PostgresDatabase>.Instance);
        var storage = new PostgresStorage(database);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => database.InitializeAsync(_ct));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync(["conv"], _ct));
        var health = await storage.CheckHealthAsync(_ct);
        Assert.False(health.IsHealthy);
        Assert.Contains($"127.0.0.1:{server.Port}", health.Description, StringComparison.Ordinal);

        await server.StartServerAsync();

        await storage.WriteAsync([new StorageWrite("conv", "1", null)], _ct);
        Assert.Equal("1", (await storage.ReadAsync(["conv"], _ct))["conv"].Json);
    }

    [SkippableFact]
    public async Task Wrong_password_gives_unavailable_without_revealing_the_password()
    {
        var good = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync()) { Password = "wrong-secret-123" };
        await using var database = new PostgresDatabase(good.ConnectionString, [], NullLogger<PostgresDatabase>.Instance);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => new PostgresStorage(database).ReadAsync(["conv"], _ct));

        Assert.Contains("28P01", error.Message, StringComparison.Ordinal); // invalid_password
        Assert.DoesNotContain("wrong-secret-123", error.Message, StringComparison.Ordinal);
    }
}
