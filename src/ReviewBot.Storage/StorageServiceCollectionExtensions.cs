using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Postgres;
using ReviewBot.Storage.Records;
using ReviewBot.Storage.Sqlite;

namespace ReviewBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStorage"/>, <see cref="IRecordDatabase"/> and <see cref="IStorageHealth"/> for the provider
    /// chosen in the <c>Storage</c> section, validated at start-up, and a hosted service that creates or migrates the schema.
    /// Requires logging (every host has it).
    /// </summary>
    public static IServiceCollection AddReviewBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(CreateDatabase);
        services.TryAddSingleton<IRecordDatabase>(sp => sp.GetRequiredService<RecordDatabase>());
        services.TryAddSingleton<IStorageHealth>(sp => sp.GetRequiredService<RecordDatabase>());
        services.TryAddSingleton(CreateStorage);
        services.AddHostedService<StorageInitializer>();
        return services;
    }

    /// <summary>Registers a module's schema step; all registered steps are applied at start-up (see <see cref="ISchemaMigration"/>).</summary>
    public static IServiceCollection AddSchemaMigration(this IServiceCollection services, ISchemaMigration migration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(migration);
        return services.AddSingleton(migration);
    }

    private static RecordDatabase CreateDatabase(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var migrations = services.GetServices<ISchemaMigration>();
        return options.Provider switch
        {
            StorageProvider.Postgres => new PostgresDatabase(
                options.PostgresConnectionString!, migrations, services.GetRequiredService<ILogger<PostgresDatabase>>()),
            StorageProvider.Memory => SqliteDatabase.CreateInMemory(migrations, services.GetRequiredService<ILogger<SqliteDatabase>>()),
            _ => new SqliteDatabase(
                ResolveSqlitePath(services, options.SqlitePath),
                migrations,
                services.GetRequiredService<ILogger<SqliteDatabase>>(),
                options.SqliteBusyTimeout,
                options.SqliteSynchronous),
        };
    }

    private static IStorage CreateStorage(IServiceProvider services)
    {
        var database = services.GetRequiredService<RecordDatabase>();
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return options.Provider switch
        {
            StorageProvider.Postgres => new PostgresStorage((PostgresDatabase)database),
            StorageProvider.Sqlite when options.StateCacheMegabytes > 0 => new CachedStorage(
                new SqliteStorage((SqliteDatabase)database), options.StateCacheMegabytes * 1024L * 1024L, options.StateCacheIdleExpiry),
            StorageProvider.Sqlite => new SqliteStorage((SqliteDatabase)database),
            _ => new MemoryStorage(),
        };
    }

    private static string ResolveSqlitePath(IServiceProvider services, string path)
    {
        var root = services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(path, root);
    }
}
