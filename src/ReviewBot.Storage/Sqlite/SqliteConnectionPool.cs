namespace ReviewBot.Storage.Sqlite;

/// <summary>
/// The kept-open connections of one <see cref="SqliteDatabase"/>, opened on demand (no limit on how many are lent at once)
/// and kept while idle up to <see cref="MaxIdle"/>. A connection comes back only when the lease saw no database error and
/// left it idle (see <see cref="PreparedSqliteConnection.IsIdle"/>); otherwise it is closed. <see cref="Clear"/> closes the
/// idle ones and refuses those lent before it; after <see cref="Dispose"/> nothing is kept, so the file is released.
/// </summary>
internal sealed class SqliteConnectionPool(Func<int, CancellationToken, ValueTask<PreparedSqliteConnection>> open, int maxIdle)
    : IDisposable
{
    private readonly Stack<PreparedSqliteConnection> _idle = new();
    private readonly Lock _lock = new();
    private int _generation;
    private bool _disposed;
    private int _opened;
    private long _createdCommands;

    public int MaxIdle { get; } = maxIdle;

    /// <summary>How many connections wait idle now.</summary>
    public int IdleCount
    {
        get
        {
            lock (_lock)
            {
                return _idle.Count;
            }
        }
    }

    /// <summary>How many native connections this pool has opened in all.</summary>
    public int Opened => Volatile.Read(ref _opened);

    /// <summary>How many commands its connections have created (each prepared on first use) rather than reused.</summary>
    public long CreatedCommands => Interlocked.Read(ref _createdCommands);

    public void CountCreatedCommand() => Interlocked.Increment(ref _createdCommands);

    public ValueTask<PreparedSqliteConnection> RentAsync(CancellationToken cancellationToken)
    {
        int generation;
        lock (_lock)
        {
            if (_idle.TryPop(out var idle))
            {
                return ValueTask.FromResult(idle);
            }
            generation = _generation;
        }
        return OpenAsync(generation, cancellationToken);
    }

    public void Return(PreparedSqliteConnection connection, bool reusable)
    {
        if (reusable && connection.IsIdle())
        {
            lock (_lock)
            {
                if (!_disposed && connection.Generation == _generation && _idle.Count < MaxIdle)
                {
                    _idle.Push(connection);
                    return;
                }
            }
        }
        connection.Dispose();
    }

    private async ValueTask<PreparedSqliteConnection> OpenAsync(int generation, CancellationToken cancellationToken)
    {
        var connection = await open(generation, cancellationToken);
        Interlocked.Increment(ref _opened);
        return connection;
    }

    /// <summary>Closes the idle connections; those lent now are closed when they come back.</summary>
    public void Clear()
    {
        PreparedSqliteConnection[] closing;
        lock (_lock)
        {
            _generation++;
            closing = [.. _idle];
            _idle.Clear();
        }
        foreach (var connection in closing)
        {
            connection.Dispose();
        }
    }

    /// <summary>Closes the idle connections and keeps none from now on (a lease after this still works, unpooled).</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
        }
        Clear();
    }
}
