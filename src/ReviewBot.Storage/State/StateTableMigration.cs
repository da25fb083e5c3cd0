using ReviewBot.Storage.Records;

namespace ReviewBot.Storage.State;

/// <summary>
/// The key/value table behind <see cref="ReviewBot.Builder.Storage.IStorage"/>. Documents are stored as text, not jsonb,
/// so they come back byte for byte (jsonb would reorder keys and refuse <c>\u0000</c>); nothing queries inside them.
/// </summary>
internal static class StateTableMigration
{
    public const string Module = "storage";

    public static readonly ISchemaMigration Instance = new SchemaMigration(
        Module,
        1,
        SqliteSql: """
            CREATE TABLE state (
                key TEXT NOT NULL PRIMARY KEY,
                json TEXT NOT NULL,
                etag TEXT NOT NULL,
                updated_at TEXT NOT NULL)
            """,
        PostgresSql: """
            CREATE TABLE state (
                key text NOT NULL PRIMARY KEY,
                json text NOT NULL,
                etag text NOT NULL,
                updated_at timestamptz NOT NULL)
            """);
}
