using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;
using ReviewBot.Storage.Records;

namespace ReviewBot.Storage.Postgres;

/// <summary>
/// A PostgreSQL database shared by several bot instances. Migrations are serialized across instances with a
/// transaction-scoped advisory lock; after an outage the connection pool is cleared so dead connections are not reused.
/// </summary>
public sealed class PostgresDatabase : RecordDatabase
{
    /// <summary>The advisory lock key for schema migrations ("ReviewBt" as a 64-bit number).</summary>
    internal const long MigrationLockKey = 0x5265766965774274;

    private readonly NpgsqlDataSource _dataSource;

    /// <param name="connectionString">An Npgsql connection string; it is never logged or put in messages.</param>
    public PostgresDatabase(string connectionString, IEnumerable<ISchemaMigration> migrations, ILogger<PostgresDatabase> logger)
        : base(migrations, logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override SqlDialect Dialect => SqlDialect.Postgres;

    public override string Location { get; }

    /// <summary>The pooled data source, for callers that want Npgsql-specific features (COPY, LISTEN...).</summary>
    public NpgsqlDataSource DataSource => _dataSource;

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public override void Dispose() => _dataSource.Dispose();

    internal override async ValueTask<DbConnection> OpenRawConnectionAsync(CancellationToken cancellationToken)
        => await _dataSource.OpenConnectionAsync(cancellationToken);

    internal override async ValueTask<ConnectionLease> LeaseAsync(CancellationToken cancellationToken)
        => new PostgresLease(await _dataSource.OpenConnectionAsync(cancellationToken));

    internal override async ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
        => await ((NpgsqlConnection)connection).BeginTransactionAsync(cancellationToken);

    internal override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(@key)";
        command.AddParameter("key", MigrationLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal override bool IsUnavailable(Exception exception) => PostgresErrors.IsUnavailable(exception);

    internal override string DescribeUnavailable(Exception exception) => PostgresErrors.Describe(exception, Location);

    internal override void OnUnavailable() => _dataSource.Clear();
}
