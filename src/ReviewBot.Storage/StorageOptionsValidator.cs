using Microsoft.Extensions.Options;
using Npgsql;

namespace ReviewBot.Storage;

/// <summary>Start-up checks of the <c>Storage</c> section, with messages that name the setting to fix.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            errors.Add($"Storage:Provider '{options.Provider}' is not supported; use Sqlite, Postgres or Memory.");
        }
        if (options.Provider == StorageProvider.Sqlite)
        {
            if (string.IsNullOrWhiteSpace(options.SqlitePath))
            {
                errors.Add("Storage:SqlitePath is empty; give the SQLite file, e.g. data/reviewbot.db.");
            }
            else if (options.SqlitePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                errors.Add("Storage:SqlitePath contains characters that are not allowed in a path.");
            }
            if (options.SqliteBusyTimeout < TimeSpan.FromSeconds(1) || options.SqliteBusyTimeout > TimeSpan.FromMinutes(5))
            {
                errors.Add($"Storage:SqliteBusyTimeout must be between 00:00:01 and 00:05:00 (it is {options.SqliteBusyTimeout}).");
            }
            if (!Enum.IsDefined(options.SqliteSynchronous))
            {
                errors.Add("Storage:SqliteSynchronous must be Normal or Full.");
            }
            if (options.StateCacheMegabytes is < 0 or > 4096)
            {
                errors.Add($"Storage:StateCacheMegabytes must be between 0 (off) and 4096 (it is {options.StateCacheMegabytes}).");
            }
            if (options.StateCacheIdleExpiry < TimeSpan.FromMinutes(1) || options.StateCacheIdleExpiry > TimeSpan.FromDays(1))
            {
                errors.Add($"Storage:StateCacheIdleExpiry must be between 00:01:00 and 1.00:00:00 (it is {options.StateCacheIdleExpiry}).");
            }
        }
        if (options.Provider == StorageProvider.Postgres)
        {
            ValidatePostgres(options.PostgresConnectionString, errors);
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidatePostgres(string? connectionString, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            errors.Add("Storage:PostgresConnectionString is required when Storage:Provider is Postgres "
                + "(e.g. Host=db;Port=5432;Database=reviewbot;Username=reviewbot;Password=...).");
            return;
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                errors.Add("Storage:PostgresConnectionString has no Host.");
            }
        }
        catch (ArgumentException)
        {
            // The message is not echoed: it could quote the password.
            errors.Add("Storage:PostgresConnectionString is not a valid Npgsql connection string (Key=Value pairs separated by ';').");
        }
    }
}
