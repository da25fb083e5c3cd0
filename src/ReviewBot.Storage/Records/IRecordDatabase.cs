using System.Data.Common;

namespace ReviewBot.Storage.Records;

/// <summary>
/// The relational database behind the bot's own records (drafts, measures, reminders), provider-neutral: plain ADO.NET
/// with <c>@name</c> parameters, which both SQLite and PostgreSQL accept. Register tables with
/// <see cref="StorageServiceCollectionExtensions.AddSchemaMigration"/>; they exist before any of these methods returns a connection.
/// Outages (server down, file locked or read-only, disk errors) surface as
/// <see cref="ReviewBot.Builder.Storage.StorageUnavailableException"/> from the Run methods.
/// </summary>
public interface IRecordDatabase : IStorageHealth
{
    SqlDialect Dialect { get; }

    /// <summary>Creates or migrates the schema if not done yet; called at start-up and, after an outage there, on first use.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>An open connection for the caller to dispose. Prefer the Run methods, which also translate outages.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> on an open connection without a transaction (reads, single statements).</summary>
    Task<T> RunAsync<T>(Func<DbConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction, committed when it returns and rolled back when it throws.
    /// Commands must set <see cref="DbCommand.Transaction"/> to the given transaction.
    /// </summary>
    Task<T> RunInTransactionAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="RunAsync{T}"/>, for statements run often: <see cref="ConnectionLease.Command"/> hands out commands that
    /// SQLite keeps prepared on connections it keeps open, so the same SQL text is parsed and planned once per connection.
    /// </summary>
    Task<T> RunLeasedAsync<T>(Func<ConnectionLease, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="RunInTransactionAsync{T}"/> (committed when <paramref name="work"/> returns, rolled back when it throws),
    /// with the lease's commands already in the write transaction.
    /// </summary>
    Task<T> RunLeasedInTransactionAsync<T>(Func<ConnectionLease, CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
