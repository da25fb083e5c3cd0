namespace ReviewBot.Storage.Records;

/// <summary>A migration's SQL failed (a bug, not an outage); nothing of that start-up's pending migrations was applied.</summary>
public sealed class SchemaMigrationException(string module, int version, Exception inner)
    : Exception($"Schema migration {module} v{version} failed and was rolled back: {inner.Message}", inner)
{
    public string Module { get; } = module;

    public int Version { get; } = version;
}
