using System.Data.Common;

namespace ReviewBot.Storage.Records;

/// <summary>
/// A connection lent to one caller for one unit of work by <see cref="IRecordDatabase.RunLeasedAsync{T}"/> or
/// <see cref="IRecordDatabase.RunLeasedInTransactionAsync{T}"/>. It hands out commands by SQL text: on SQLite they are
/// prepared once per kept-open connection and reused by later leases; on PostgreSQL they are plain new commands.
/// The lease owns its commands and its connection: do not dispose them or keep them after the work returns.
/// </summary>
public abstract class ConnectionLease
{
    private protected ConnectionLease()
    {
    }

    /// <summary>The open connection, e.g. for a provider's batches; commands from <see cref="Command"/> are cheaper on SQLite.</summary>
    public abstract DbConnection Connection { get; }

    /// <summary>The transaction that commands and batches built on <see cref="Connection"/> must join, or null when there is none to join.</summary>
    public abstract DbTransaction? Transaction { get; }

    /// <summary>
    /// A command for <paramref name="sql"/> with no parameters, already in the lease's transaction. Asking again for the same
    /// SQL may return the same command, emptied of parameters, so finish with one (and its reader) before asking for the next.
    /// </summary>
    public abstract DbCommand Command(string sql);

    /// <summary>Starts the write transaction that <see cref="Command"/>'s commands join.</summary>
    internal abstract ValueTask BeginWriteAsync(CancellationToken cancellationToken);

    internal abstract ValueTask CommitAsync(CancellationToken cancellationToken);

    /// <summary>Rolls back an open transaction, if any; false when that failed (the connection is then not lent again).</summary>
    internal abstract ValueTask<bool> TryRollbackAsync();

    /// <summary>Ends the lease; <paramref name="reusable"/> is false when the work met a database error, so the connection is closed.</summary>
    internal abstract ValueTask ReleaseAsync(bool reusable);
}
