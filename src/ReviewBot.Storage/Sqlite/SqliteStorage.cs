using ReviewBot.Storage.State;

namespace ReviewBot.Storage.Sqlite;

/// <summary>The default <see cref="ReviewBot.Builder.Storage.IStorage"/>: turn state in the <c>state</c> table of a SQLite file.</summary>
public sealed class SqliteStorage(SqliteDatabase database) : SqlStorage(database);
