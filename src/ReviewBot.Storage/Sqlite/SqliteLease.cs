using System.Data.Common;
using Microsoft.Data.Sqlite;
using ReviewBot.Storage.Records;
using SQLitePCL;

namespace ReviewBot.Storage.Sqlite;

/// <summary>
/// A kept-open connection lent from <see cref="SqliteConnectionPool"/>. Commands come from the connection's prepared
/// commands, and so do BEGIN IMMEDIATE, COMMIT and ROLLBACK: the transaction is SQLite's own, so <see cref="Transaction"/>
/// is null and commands need none. Parameters are emptied when a command is handed out and when the lease ends.
/// </summary>
internal sealed class SqliteLease(PreparedSqliteConnection connection, SqliteConnectionPool pool) : ConnectionLease
{
    private const string BeginSql = "BEGIN IMMEDIATE";
    private const string CommitSql = "COMMIT";
    private const string RollbackSql = "ROLLBACK";
    private const string SavepointSql = "SAVEPOINT work";
    private const string ReleaseSavepointSql = "RELEASE work";
    private const string RollbackToSavepointSql = "ROLLBACK TO work";

    private readonly List<SqliteCommand> _handedOut = [];

    public override DbConnection Connection => connection.Connection;

    public override DbTransaction? Transaction => null;

    public override DbCommand Command(string sql)
    {
        ArgumentException.ThrowIfNullOrEmpty(sql);
        var command = connection.Command(sql, out var created);
        if (created)
        {
            pool.CountCreatedCommand();
        }
        command.Parameters.Clear();
        if (!_handedOut.Contains(command))
        {
            _handedOut.Add(command);
        }
        return command;
    }

    /// <summary>IMMEDIATE: takes the write lock at once, so a busy file is waited for, never a failed lock upgrade.</summary>
    internal override async ValueTask BeginWriteAsync(CancellationToken cancellationToken)
        => await Command(BeginSql).ExecuteNonQueryAsync(cancellationToken);

    internal override async ValueTask CommitAsync(CancellationToken cancellationToken)
        => await Command(CommitSql).ExecuteNonQueryAsync(cancellationToken);

    /// <summary>Marks where one work of a group begins (see <see cref="SqliteGroupCommit"/>).</summary>
    internal async ValueTask SavepointAsync() => await Command(SavepointSql).ExecuteNonQueryAsync(CancellationToken.None);

    internal async ValueTask ReleaseSavepointAsync() => await Command(ReleaseSavepointSql).ExecuteNonQueryAsync(CancellationToken.None);

    /// <summary>Undoes one work's statements; false when that failed, e.g. because SQLite had already ended the whole transaction.</summary>
    internal async ValueTask<bool> TryRollbackToSavepointAsync()
    {
        if (connection.Connection.Handle is not { } db || raw.sqlite3_get_autocommit(db) != 0)
        {
            return false;
        }
        try
        {
            await Command(RollbackToSavepointSql).ExecuteNonQueryAsync(CancellationToken.None);
            await Command(ReleaseSavepointSql).ExecuteNonQueryAsync(CancellationToken.None);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    internal override async ValueTask<bool> TryRollbackAsync()
    {
        if (connection.Connection.Handle is not { } db || raw.sqlite3_get_autocommit(db) != 0)
        {
            return true; // no transaction open (never begun, or SQLite already rolled it back)
        }
        try
        {
            await Command(RollbackSql).ExecuteNonQueryAsync(CancellationToken.None);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    internal override ValueTask ReleaseAsync(bool reusable)
    {
        foreach (var command in _handedOut)
        {
            command.Parameters.Clear(); // drop the references to the last values (documents can be large)
        }
        _handedOut.Clear();
        pool.Return(connection, reusable);
        return ValueTask.CompletedTask;
    }
}
