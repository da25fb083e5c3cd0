using System.Data.Common;
using System.Globalization;

namespace ReviewBot.Storage.Records;

/// <summary>
/// Applies pending migrations in one transaction and records them in <c>schema_migrations</c>. A read-only check runs first,
/// so an up-to-date database needs no write lock (and a read-only SQLite file can still be read).
/// </summary>
internal static class SchemaMigrator
{
    public static async Task<int> ApplyAsync(RecordDatabase database, DbConnection connection, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        if (await TableExistsAsync(connection, dialect, cancellationToken)
            && Pending(database.Migrations, await AppliedAsync(connection, null, cancellationToken)).Count == 0)
        {
            return 0;
        }

        using var gate = await database.AcquireWriteGateAsync(cancellationToken);
        await using var transaction = await database.BeginWriteTransactionAsync(connection, cancellationToken);
        await database.LockForMigrationAsync(connection, transaction, cancellationToken);
        await ExecuteAsync(connection, transaction, CreateTableSql(dialect), cancellationToken);
        var pending = Pending(database.Migrations, await AppliedAsync(connection, transaction, cancellationToken));
        foreach (var migration in pending)
        {
            try
            {
                await ExecuteAsync(connection, transaction, migration.GetSql(dialect), cancellationToken);
                await RecordAsync(connection, transaction, migration, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && !database.IsOutage(ex))
            {
                throw new SchemaMigrationException(migration.Module, migration.Version, ex);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return pending.Count;
    }

    private static List<ISchemaMigration> Pending(IReadOnlyList<ISchemaMigration> migrations, HashSet<(string, int)> applied)
        => [.. migrations.Where(m => !applied.Contains((m.Module, m.Version)))];

    private static string CreateTableSql(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Postgres => """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                module text NOT NULL, version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (module, version))
            """,
        _ => """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                module TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
                PRIMARY KEY (module, version))
            """,
    };

    private static async Task<bool> TableExistsAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = dialect == SqlDialect.Postgres
            ? "SELECT to_regclass('schema_migrations') IS NOT NULL"
            : "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToBoolean(result, CultureInfo.InvariantCulture);
    }

    private static async Task<HashSet<(string, int)>> AppliedAsync(
        DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT module, version FROM schema_migrations";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new HashSet<(string, int)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add((reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }
        return applied;
    }

    private static async Task RecordAsync(
        DbConnection connection, DbTransaction transaction, ISchemaMigration migration, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO schema_migrations (module, version) VALUES (@module, @version)";
        command.AddParameter("module", migration.Module);
        command.AddParameter("version", migration.Version);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
