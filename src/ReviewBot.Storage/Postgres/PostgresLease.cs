using System.Data.Common;
using Npgsql;
using ReviewBot.Storage.Records;

namespace ReviewBot.Storage.Postgres;

/// <summary>
/// A connection from Npgsql's pool with plain new commands (the server plans each statement; Npgsql's own pool and
/// protocol make that cheap). Ending the lease disposes the commands, rolls back what was not committed and returns the connection.
/// </summary>
internal sealed class PostgresLease(NpgsqlConnection connection) : ConnectionLease
{
    private readonly List<NpgsqlCommand> _commands = [];
    private NpgsqlTransaction? _transaction;
    private bool _committed;

    public override DbConnection Connection => connection;

    public override DbTransaction? Transaction => _transaction;

    public override DbCommand Command(string sql)
    {
        ArgumentException.ThrowIfNullOrEmpty(sql);
        var command = new NpgsqlCommand(sql, connection, _transaction);
        _commands.Add(command);
        return command;
    }

    internal override async ValueTask BeginWriteAsync(CancellationToken cancellationToken)
        => _transaction = await connection.BeginTransactionAsync(cancellationToken);

    internal override async ValueTask CommitAsync(CancellationToken cancellationToken)
    {
        await _transaction!.CommitAsync(cancellationToken);
        _committed = true;
    }

    internal override async ValueTask<bool> TryRollbackAsync()
    {
        if (_transaction is null || _committed)
        {
            return true;
        }
        try
        {
            await _transaction.RollbackAsync(CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Npgsql decides itself whether a connection that saw an error can go back to its pool.</summary>
    internal override async ValueTask ReleaseAsync(bool reusable)
    {
        foreach (var command in _commands)
        {
            await command.DisposeAsync();
        }
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
        await connection.DisposeAsync();
    }
}
