namespace ReviewBot.Storage.Sqlite;

/// <summary>
/// SQLite's <c>synchronous</c> setting in WAL mode. Both keep the file consistent and lose no committed turn when the
/// process is killed (even with <c>kill -9</c>): a commit is in the WAL file, i.e. with the operating system, before it returns.
/// They differ on power loss or an OS crash: <see cref="Normal"/> may lose the last commits (never corrupting the file);
/// <see cref="Full"/> fsyncs every commit and loses nothing, at the price of one disk flush per turn.
/// </summary>
public enum SqliteSynchronous
{
    Normal,
    Full,
}
