using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ReviewBot.Storage.Sqlite;

/// <summary>
/// A SQLite connection kept open by <see cref="SqliteConnectionPool"/>, with the commands it has run kept by SQL text.
/// Microsoft.Data.Sqlite keeps a command's statements prepared while its connection and text stay the same, so a
/// command asked for again skips SQLite's parsing and planning. At most <see cref="Capacity"/> commands are kept; the
/// least recently used goes first. Used by one caller at a time.
/// </summary>
internal sealed class PreparedSqliteConnection : IDisposable
{
    public const int Capacity = 64;

    private readonly Dictionary<string, LinkedListNode<SqliteCommand>> _commands = new(StringComparer.Ordinal);
    private readonly LinkedList<SqliteCommand> _recentFirst = new();

    public PreparedSqliteConnection(SqliteConnection connection, int generation)
    {
        Connection = connection;
        Generation = generation;
    }

    public SqliteConnection Connection { get; }

    /// <summary>The pool's generation when this was opened; a pool cleared since then does not take it back.</summary>
    public int Generation { get; }

    /// <summary>How many commands are kept now.</summary>
    public int Count => _commands.Count;

    /// <summary>The kept command for <paramref name="sql"/>, or a new one (then kept); <paramref name="created"/> says which.</summary>
    public SqliteCommand Command(string sql, out bool created)
    {
        if (_commands.TryGetValue(sql, out var node))
        {
            if (node != _recentFirst.First)
            {
                _recentFirst.Remove(node);
                _recentFirst.AddFirst(node);
            }
            created = false;
            return node.Value;
        }
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        _commands.Add(sql, _recentFirst.AddFirst(command));
        if (_commands.Count > Capacity)
        {
            var oldest = _recentFirst.Last!;
            _recentFirst.RemoveLast();
            _commands.Remove(oldest.Value.CommandText);
            oldest.Value.Dispose();
        }
        created = true;
        return command;
    }

    /// <summary>Whether it can be lent again as it is: open, outside any transaction, and with no statement left mid-way (an open reader).</summary>
    public bool IsIdle()
    {
        if (Connection.State != System.Data.ConnectionState.Open || Connection.Handle is not { } db || raw.sqlite3_get_autocommit(db) == 0)
        {
            return false;
        }
        for (var statement = raw.sqlite3_next_stmt(db, null); statement is not null; statement = raw.sqlite3_next_stmt(db, statement))
        {
            if (raw.sqlite3_stmt_busy(statement) != 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Finalizes the kept statements and closes the native connection (rolling back any open transaction).</summary>
    public void Dispose()
    {
        foreach (var command in _recentFirst)
        {
            command.Dispose();
        }
        _recentFirst.Clear();
        _commands.Clear();
        Connection.Dispose();
    }
}
