using System.Data.Common;
using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.State;

namespace ReviewBot.Storage.Records;

/// <summary>
/// What the SQLite and PostgreSQL databases share: schema set-up once (at start-up or, after an outage, on first use),
/// connections and transactions, and the translation of outages into <see cref="StorageUnavailableException"/>.
/// </summary>
public abstract partial class RecordDatabase : IRecordDatabase, IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

    private protected RecordDatabase(IEnumerable<ISchemaMigration> migrations, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        Migrations = MigrationPlan.Order([StateTableMigration.Instance, .. migrations]);
        _logger = logger;
    }

    public abstract SqlDialect Dialect { get; }

    /// <summary>Where the data lives (file path, or host:port/database), never with credentials.</summary>
    public abstract string Location { get; }

    internal IReadOnlyList<ISchemaMigration> Migrations { get; }

    private readonly ILogger _logger;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }
        await _initGate.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }
            var applied = await GuardAsync(async () =>
            {
                await PrepareStoreAsync(cancellationToken);
                await using var connection = await OpenRawConnectionAsync(cancellationToken);
                return await SchemaMigrator.ApplyAsync(this, connection, cancellationToken);
            });
            _initialized = true;
            LogReady(Dialect, Location, applied);
        }
        finally
        {
            _initGate.Release();
        }
    }

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await GuardAsync(() => OpenRawConnectionAsync(cancellationToken).AsTask());
    }

    public Task<T> RunAsync<T>(Func<DbConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunLeasedAsync((lease, ct) => work(lease.Connection, ct), cancellationToken);
    }

    public Task<T> RunInTransactionAsync<T>(
        Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return GuardAsync(async () =>
        {
            await InitializeAsync(cancellationToken);
            using var gate = await AcquireWriteGateAsync(cancellationToken);
            return await OnLeaseAsync(async lease =>
            {
                await using var transaction = await BeginWriteTransactionAsync(lease.Connection, cancellationToken);
                var result = await work(lease.Connection, transaction, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }, cancellationToken);
        });
    }

    public Task<T> RunLeasedAsync<T>(Func<ConnectionLease, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return GuardAsync(async () =>
        {
            await InitializeAsync(cancellationToken);
            return await OnLeaseAsync(lease => work(lease, cancellationToken), cancellationToken);
        });
    }

    public Task<T> RunLeasedInTransactionAsync<T>(Func<ConnectionLease, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return GuardAsync(async () =>
        {
            await InitializeAsync(cancellationToken);
            return await RunLeasedWriteAsync(work, cancellationToken);
        });
    }

    /// <summary>One write transaction on a lease, behind the write gate; SQLite groups concurrent ones (see its override).</summary>
    internal virtual async Task<T> RunLeasedWriteAsync<T>(Func<ConnectionLease, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var gate = await AcquireWriteGateAsync(cancellationToken);
        return await OnLeaseAsync(async lease =>
        {
            await lease.BeginWriteAsync(cancellationToken);
            try
            {
                var result = await work(lease, cancellationToken);
                await lease.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception ex) when (ex is not DbException)
            {
                await lease.TryRollbackAsync(); // after a database error the connection is closed instead, which rolls back
                throw;
            }
        }, cancellationToken);
    }

    public async Task<StorageHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            // A write transaction, so a locked or read-only SQLite file counts as unhealthy too.
            await RunInTransactionAsync(ProbeAsync, cancellationToken);
            return new StorageHealth(true, $"{Dialect} storage at {Location} is writable and its schema is up to date.");
        }
        catch (StorageUnavailableException ex)
        {
            return new StorageHealth(false, ex.Message);
        }
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>Synchronous too, so that a plain <c>ServiceProvider.Dispose()</c> can release it.</summary>
    public abstract void Dispose();

    /// <summary>Once per initialization attempt, before the first connection (e.g. create the folder, switch to WAL).</summary>
    internal virtual Task PrepareStoreAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal abstract ValueTask<DbConnection> OpenRawConnectionAsync(CancellationToken cancellationToken);

    /// <summary>A connection for one unit of work (see <see cref="ConnectionLease"/>), released by <see cref="OnLeaseAsync"/>.</summary>
    internal abstract ValueTask<ConnectionLease> LeaseAsync(CancellationToken cancellationToken);

    internal abstract ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serializes schema migrations across processes (the SQLite write lock already does; PostgreSQL takes an advisory lock).</summary>
    internal virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>Serializes writers inside this process, where that is cheaper than the database's own waiting.</summary>
    internal virtual ValueTask<IDisposable?> AcquireWriteGateAsync(CancellationToken cancellationToken) => default;

    /// <summary>Whether <paramref name="exception"/> means the store cannot be used now (rather than a bug in a query).</summary>
    internal abstract bool IsUnavailable(Exception exception);

    /// <summary>A clear, secret-free sentence for an exception that <see cref="IsUnavailable"/> accepted.</summary>
    internal abstract string DescribeUnavailable(Exception exception);

    /// <summary>Called after an outage, e.g. to drop pooled connections that may be dead.</summary>
    internal virtual void OnUnavailable()
    {
    }

    internal bool IsOutage(Exception exception) => exception is StorageUnavailableException || IsUnavailable(exception);

    private async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is not StorageUnavailableException && IsUnavailable(ex))
        {
            OnUnavailable();
            throw new StorageUnavailableException(DescribeUnavailable(ex), ex);
        }
    }

    /// <summary>Runs <paramref name="work"/> on a lease and releases it; a connection that met a database error is not lent again.</summary>
    private async Task<T> OnLeaseAsync<T>(Func<ConnectionLease, Task<T>> work, CancellationToken cancellationToken)
    {
        var lease = await LeaseAsync(cancellationToken);
        var reusable = false;
        try
        {
            var result = await work(lease);
            reusable = true;
            return result;
        }
        catch (Exception ex) when (ex is not DbException)
        {
            reusable = true; // e.g. a conflict or a cancellation: the connection itself is fine
            throw;
        }
        finally
        {
            await lease.ReleaseAsync(reusable);
        }
    }

    /// <summary>The health probe, run inside a write transaction; throws when the store cannot take writes.</summary>
    internal virtual async Task<int> ProbeAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
        return 1;
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information,
        Message = "{Dialect} storage at {Location} is ready; {AppliedMigrations} schema migration(s) applied")]
    private partial void LogReady(SqlDialect dialect, string location, int appliedMigrations);
}
