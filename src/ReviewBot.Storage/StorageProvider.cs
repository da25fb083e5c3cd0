namespace ReviewBot.Storage;

/// <summary>Where turn state and the app's records are kept (setting <c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>A SQLite file (the default): one bot instance, survives restarts.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: several bot instances can share it.</summary>
    Postgres,

    /// <summary>Nothing survives the process: for tests and demos.</summary>
    Memory,
}
