using Microsoft.Data.Sqlite;

namespace ReviewBot.Storage.Sqlite;

/// <summary>Which SQLite failures are outages, and how to say so.</summary>
internal static class SqliteErrors
{
    private const int Perm = 3, Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Corrupt = 11, Full = 13,
        CantOpen = 14, Protocol = 15, Auth = 23, NotADb = 26;

    public static bool IsUnavailable(Exception exception) => exception switch
    {
        SqliteException e => e.SqliteErrorCode is Perm or Busy or Locked or ReadOnly or IoErr or Corrupt or Full
            or CantOpen or Protocol or Auth or NotADb,
        IOException or UnauthorizedAccessException => true,
        _ => false,
    };

    /// <summary>For writers of this process that waited in memory longer than the busy timeout.</summary>
    public static string HeldByThisProcess(string path, TimeSpan busyTimeout)
        => $"The SQLite database '{path}' is busy: other writers of this process held it for more than {busyTimeout.TotalSeconds:0.#} s.";

    public static string Describe(Exception exception, string path, TimeSpan busyTimeout) => exception switch
    {
        SqliteException { SqliteErrorCode: Busy or Locked } =>
            $"The SQLite database '{path}' is locked by another connection or process; gave up after waiting {busyTimeout.TotalSeconds:0.#} s.",
        SqliteException { SqliteErrorCode: ReadOnly or Perm or Auth } =>
            $"The SQLite database '{path}' is read-only here; check the permissions of the file and of its folder.",
        SqliteException { SqliteErrorCode: Full } => $"The disk holding the SQLite database '{path}' is full.",
        SqliteException { SqliteErrorCode: CantOpen } =>
            $"The SQLite database '{path}' cannot be opened; check that its folder exists and is writable.",
        SqliteException { SqliteErrorCode: NotADb or Corrupt } =>
            $"The file '{path}' is not a usable SQLite database (not a database, or damaged).",
        SqliteException { SqliteErrorCode: IoErr } => $"A disk error occurred on the SQLite database '{path}'.",
        IOException or UnauthorizedAccessException =>
            $"The folder of the SQLite database '{path}' cannot be created or used: {exception.Message}",
        _ => $"The SQLite database '{path}' is unavailable: {exception.Message}",
    };
}
