using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Postgres;
using ReviewBot.Storage.Records;
using ReviewBot.Storage.Sqlite;
using ReviewBot.Storage.Tests.Support;
using ReviewBot.TestSupport;

namespace ReviewBot.Storage.Tests;

/// <summary>AddReviewBotStorage in a real generic host: provider choice, start-up validation, schema at start-up, outages at start-up.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StorageServiceCollectionExtensionsTests(PostgresFixture postgres) : IDisposable
{
    private readonly TempFolder _contentRoot = new();
    private readonly CancellationToken _ct = new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    [Fact]
    public async Task Sqlite_is_the_default_and_its_file_is_created_under_the_content_root_at_start_up()
    {
        using var host = BuildHost([]);

        await host.StartAsync(_ct);

        Assert.IsType<CachedStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Equal(SqlDialect.Sqlite, host.Services.GetRequiredService<IRecordDatabase>().Dialect);
        Assert.True(File.Exists(Path.Combine(_contentRoot.Path, "data", "reviewbot.db")));
        Assert.True((await host.Services.GetRequiredService<IStorageHealth>().CheckHealthAsync(_ct)).IsHealthy);
        await host.StopAsync(_ct);
    }

    [Fact]
    public async Task Sqlite_state_cache_can_be_turned_off()
    {
        using var host = BuildHost(new() { ["Storage:StateCacheMegabytes"] = "0" });

        await host.StartAsync(_ct);

        Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());
        await host.StopAsync(_ct);
    }

    [Fact]
    public async Task Migrations_registered_by_app_modules_are_applied_at_start_up()
    {
        using var host = BuildHost(
            new() { ["Storage:SqlitePath"] = "custom/bot.db" },
            services => services.AddSchemaMigration(new SchemaMigration("reminders", 1, "CREATE TABLE reminders (id INTEGER PRIMARY KEY, due TEXT)")));

        await host.StartAsync(_ct);

        var database = host.Services.GetRequiredService<IRecordDatabase>();
        var count = await database.RunAsync(async (connection, ct) =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM reminders";
            return (long)(await command.ExecuteScalarAsync(ct))!;
        }, _ct);
        Assert.Equal(0L, count);
        Assert.True(File.Exists(Path.Combine(_contentRoot.Path, "custom", "bot.db")));
        await host.StopAsync(_ct);
    }

    [Fact]
    public async Task Memory_provider_keeps_state_in_memory_and_records_in_a_private_database()
    {
        using var host = BuildHost(
            new() { ["Storage:Provider"] = "memory" },
            services => services.AddSchemaMigration(new SchemaMigration("drafts", 1, "CREATE TABLE drafts (id INTEGER PRIMARY KEY)")));

        await host.StartAsync(_ct);

        Assert.IsType<MemoryStorage>(host.Services.GetRequiredService<IStorage>());
        var database = host.Services.GetRequiredService<IRecordDatabase>();
        await database.RunInTransactionAsync(async (connection, transaction, ct) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO drafts (id) VALUES (7)";
            return await command.ExecuteNonQueryAsync(ct);
        }, _ct);
        Assert.False(Directory.Exists(Path.Combine(_contentRoot.Path, "data")));
        await host.StopAsync(_ct);
    }

    [SkippableFact]
    public async Task Postgres_provider_uses_the_configured_server()
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:PostgresConnectionString"] = await postgres.CreateDatabaseAsync(),
        });

        await host.StartAsync(_ct);

        var storage = Assert.IsType<PostgresStorage>(host.Services.GetRequiredService<IStorage>());
        await storage.WriteAsync([new StorageWrite("conv", "{}", null)], _ct);
        Assert.True((await host.Services.GetRequiredService<IStorageHealth>().CheckHealthAsync(_ct)).IsHealthy);
        await host.StopAsync(_ct);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_stops_start_up_naming_the_setting()
    {
        using var host = BuildHost(new() { ["Storage:Provider"] = "Postgres" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(_ct));

        Assert.Contains("Storage:PostgresConnectionString is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_postgres_connection_string_is_refused_without_echoing_it()
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:PostgresConnectionString"] = "Host=db;Password=s3cret;NoSuchKeyword=1",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(_ct));

        Assert.Contains("not a valid Npgsql connection string", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storage:SqliteBusyTimeout", "00:00:00", "Storage:SqliteBusyTimeout must be between")]
    [InlineData("Storage:SqlitePath", " ", "Storage:SqlitePath is empty")]
    [InlineData("Storage:StateCacheMegabytes", "-1", "Storage:StateCacheMegabytes must be between 0 (off) and 4096")]
    [InlineData("Storage:StateCacheIdleExpiry", "00:00:10", "Storage:StateCacheIdleExpiry must be between")]
    public async Task Bad_sqlite_settings_stop_start_up_naming_the_setting(string key, string value, string expected)
    {
        using var host = BuildHost(new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(_ct));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_provider_stops_start_up_naming_the_setting()
    {
        using var host = BuildHost(new() { ["Storage:Provider"] = "Redis" });

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => host.StartAsync(_ct));

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("Redis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unusable_sqlite_location_lets_the_host_start_and_report_unhealthy()
    {
        await File.WriteAllTextAsync(Path.Combine(_contentRoot.Path, "blocker"), "a file, not a folder", _ct);
        using var host = BuildHost(new() { ["Storage:SqlitePath"] = "blocker/reviewbot.db" });

        await host.StartAsync(_ct);

        var health = await host.Services.GetRequiredService<IStorageHealth>().CheckHealthAsync(_ct);
        Assert.False(health.IsHealthy);
        Assert.Contains("blocker", health.Description, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StorageUnavailableException>(
            () => host.Services.GetRequiredService<IStorage>().ReadAsync(["conv"], _ct));
        await host.StopAsync(_ct);
    }

    [Fact]
    public async Task Postgres_down_at_start_up_lets_the_host_start_and_report_unhealthy()
    {
        var port = LoopbackPort.Free(); // nothing listens there
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:PostgresConnectionString"] = $"Host=127.0.0.1;Port={port};Username=bot;Password=secret-pw;Database=reviewbot;Timeout=3",
        });

        await host.StartAsync(_ct);

        var health = await host.Services.GetRequiredService<IStorageHealth>().CheckHealthAsync(_ct);
        Assert.False(health.IsHealthy);
        Assert.Contains($"PostgreSQL at 127.0.0.1:{port}/reviewbot is unavailable", health.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-pw", health.Description, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StorageUnavailableException>(
            () => host.Services.GetRequiredService<IStorage>().WriteAsync([new StorageWrite("conv", "{}", null)], _ct));
        await host.StopAsync(_ct);
    }

    [Fact]
    public void Services_can_be_disposed_synchronously()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddReviewBotStorage(new ConfigurationBuilder().AddInMemoryCollection(
                new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(_contentRoot.Path, "sync.db") }).Build());
        var provider = services.BuildServiceProvider();
        Assert.IsType<CachedStorage>(provider.GetRequiredService<IStorage>());

        provider.Dispose(); // would throw if a singleton were only IAsyncDisposable
    }

    public void Dispose() => _contentRoot.Dispose();

    private IHost BuildHost(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _contentRoot.Path,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddReviewBotStorage(builder.Configuration);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
