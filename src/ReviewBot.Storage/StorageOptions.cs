using ReviewBot.Storage.Sqlite;

namespace ReviewBot.Storage;

/// <summary>The <c>Storage</c> settings section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file; a relative path is taken from the content root (the current folder without a host).</summary>
    public string SqlitePath { get; set; } = "data/reviewbot.db";

    /// <summary>How long to wait for another process holding the SQLite file's write lock before giving up (whole seconds are used).</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Normal (default) or Full; see <see cref="SqliteSynchronous"/>.</summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Normal;

    /// <summary>
    /// Memory for the SQLite provider's read cache of state documents (see <see cref="Builder.Storage.CachedStorage"/>);
    /// 0 turns it off. Not used with PostgreSQL, whose several instances would each hold stale copies.
    /// </summary>
    public int StateCacheMegabytes { get; set; } = 64;

    /// <summary>A cached document not used for this long is dropped from memory (it stays in the file).</summary>
    public TimeSpan StateCacheIdleExpiry { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An Npgsql connection string, required for the Postgres provider. Keep the password out of appsettings.json (use an environment variable).</summary>
    public string? PostgresConnectionString { get; set; }
}
