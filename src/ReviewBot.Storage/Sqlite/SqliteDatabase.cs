using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Records;
using SQLitePCL;

namespace ReviewBot.Storage.Sqlite;

/// <summary>
/// A SQLite file in WAL mode (readers never wait for the writer), with a busy timeout for other processes' locks and
/// writers of this process queued in memory rather than polling the file lock: leased writes that meet a running one
/// share the next transaction (<see cref="SqliteGroupCommit"/>). See <see cref="SqliteSynchronous"/> for durability.
/// </summary>
public sealed class SqliteDatabase : RecordDatabase
{
    private static readonly object Prepared = new();
    private readonly string _connectionString;
    private readonly string _leaseConnectionString;
    private readonly SqliteConnectionPool _pool;
    private readonly string _connectionPragmas;
    private readonly TimeSpan _busyTimeout;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SqliteConnection? _keepAlive;
    private readonly ConditionalWeakTable<sqlite3, object> _prepared = new();
    private readonly SqliteGroupCommit _groupCommit;

    /// <param name="path">The database file; its folder is created when missing.</param>
    public SqliteDatabase(
        string path,
        IEnumerable<ISchemaMigration> migrations,
        ILogger<SqliteDatabase> logger,
        TimeSpan busyTimeout,
        SqliteSynchronous synchronous = SqliteSynchronous.Normal)
        : base(migrations, logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(busyTimeout, TimeSpan.Zero);
        Path = System.IO.Path.GetFullPath(path);
        _busyTimeout = busyTimeout;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ConnectionString;
        _leaseConnectionString = Unpooled(_connectionString);
        _pool = NewPool();
        _groupCommit = NewGroupCommit();
        var milliseconds = ((long)busyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        _connectionPragmas =
            $"PRAGMA foreign_keys = ON; PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()}; PRAGMA busy_timeout = {milliseconds};";
    }

    private SqliteDatabase(IEnumerable<ISchemaMigration> migrations, ILogger<SqliteDatabase> logger)
        : base(migrations, logger)
    {
        Path = ":memory:";
        _busyTimeout = TimeSpan.FromSeconds(5);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = "reviewbot-" + Guid.NewGuid().ToString("N"),
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
            DefaultTimeout = 5,
        }.ConnectionString;
        _leaseConnectionString = Unpooled(_connectionString);
        _pool = NewPool();
        _groupCommit = NewGroupCommit();
        _connectionPragmas = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";
        _keepAlive = new SqliteConnection(_connectionString); // the shared in-memory database lives while one connection is open
        _keepAlive.Open();
    }

    /// <summary>The full path of the file, or <c>:memory:</c>.</summary>
    public string Path { get; }

    public override SqlDialect Dialect => SqlDialect.Sqlite;

    public override string Location => Path;

    /// <summary>A private in-memory database (for the Memory provider and tests); gone when disposed.</summary>
    public static SqliteDatabase CreateInMemory(IEnumerable<ISchemaMigration> migrations, ILogger<SqliteDatabase> logger)
        => new(migrations, logger);

    public override ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Closes pooled connections (so the file can be moved or deleted) and, in memory, drops the database.</summary>
    public override void Dispose()
    {
        _pool.Dispose();
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }
        _keepAlive?.Dispose();
        _writeGate.Dispose();
    }

    internal override async Task PrepareStoreAsync(CancellationToken cancellationToken)
    {
        if (_keepAlive is not null)
        {
            return;
        }
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        await using var connection = await OpenRawConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            command.CommandText = "PRAGMA journal_mode = WAL"; // persistent: stored in the file
            await command.ExecuteScalarAsync(cancellationToken);
        }
    }

    internal override async ValueTask<DbConnection> OpenRawConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Pragmas belong to the native connection, which the pool keeps open across Open/Close: set them once per
            // native connection rather than on every open (ForeignKeys in the connection string would also run each time).
            if (!_prepared.TryGetValue(connection.Handle!, out _))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = _connectionPragmas;
                await command.ExecuteNonQueryAsync(cancellationToken);
                _prepared.AddOrUpdate(connection.Handle!, Prepared);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The database's own kept-open connections (see <see cref="SqliteConnectionPool"/>).</summary>
    internal SqliteConnectionPool Pool => _pool;

    internal override async ValueTask<ConnectionLease> LeaseAsync(CancellationToken cancellationToken) => await LeaseSqliteAsync(cancellationToken);

    /// <summary>Concurrent leased writes share transactions (see <see cref="SqliteGroupCommit"/>).</summary>
    internal override Task<T> RunLeasedWriteAsync<T>(Func<ConnectionLease, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        => _groupCommit.RunAsync(work, cancellationToken);

    internal SqliteGroupCommit GroupCommit => _groupCommit;

    /// <summary>After an outage the kept connections may hold a stale view of a replaced or repaired file: open new ones.</summary>
    internal override void OnUnavailable() => _pool.Clear();

    /// <summary>BEGIN IMMEDIATE: takes the write lock at once, so a busy file is waited for, never a failed lock upgrade.</summary>
    internal override ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
        => ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    internal override async ValueTask<IDisposable?> AcquireWriteGateAsync(CancellationToken cancellationToken)
    {
        if (!await _writeGate.WaitAsync(_busyTimeout, cancellationToken))
        {
            throw new StorageUnavailableException(SqliteErrors.HeldByThisProcess(Path, _busyTimeout));
        }
        return new GateRelease(_writeGate);
    }

    /// <summary>SQLite opens a write-protected file read-only without complaint and BEGIN IMMEDIATE still succeeds, so ask it directly.</summary>
    internal override async Task<int> ProbeAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await base.ProbeAsync(connection, transaction, cancellationToken);
        if (SQLitePCL.raw.sqlite3_db_readonly(((SqliteConnection)connection).Handle, "main") == 1)
        {
            throw new StorageUnavailableException(SqliteErrors.Describe(new SqliteException("read-only", 8), Path, _busyTimeout));
        }
        return 1;
    }

    internal override bool IsUnavailable(Exception exception) => SqliteErrors.IsUnavailable(exception);

    internal override string DescribeUnavailable(Exception exception) => SqliteErrors.Describe(exception, Path, _busyTimeout);

    /// <summary>Connections for leases bypass Microsoft.Data.Sqlite's pool: <see cref="SqliteConnectionPool"/> keeps them open itself.</summary>
    private static string Unpooled(string connectionString)
        => new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    private async ValueTask<SqliteLease> LeaseSqliteAsync(CancellationToken cancellationToken)
        => new(await _pool.RentAsync(cancellationToken), _pool);

    private SqliteGroupCommit NewGroupCommit() => new(AcquireWriteGateAsync, LeaseSqliteAsync, IsOutage, _busyTimeout, Path);

    private SqliteConnectionPool NewPool() => new(OpenPreparedAsync, maxIdle: 2 * Environment.ProcessorCount);

    /// <summary>A new native connection for the pool, with the per-connection pragmas set once.</summary>
    private async ValueTask<PreparedSqliteConnection> OpenPreparedAsync(int generation, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_leaseConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            connection.Handle!.enable_sqlite3_next_stmt(true); // for PreparedSqliteConnection.IsIdle
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = _connectionPragmas;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return new PreparedSqliteConnection(connection, generation);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class GateRelease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
