using System.Data.Common;
using System.Diagnostics;
using ReviewBot.Builder.Storage;

namespace ReviewBot.Storage.Sqlite;

/// <summary>
/// Group commit of this process' leased SQLite write transactions. SQLite takes one writer at a time. A writer that finds
/// none at work becomes the leader and runs its work at once; works that arrive meanwhile wait in a queue, and the
/// leader runs all of them next in one transaction, each in its own savepoint, so that one work's failure (an ETag
/// conflict, say) undoes only its own statements. Every work's task completes only after the commit, on the leader's
/// thread: waiting writers are not woken on thread-pool threads one by one, and the file is locked and synced once per
/// group rather than once per work.
/// </summary>
internal sealed class SqliteGroupCommit(
    Func<CancellationToken, ValueTask<IDisposable?>> acquireGate,
    Func<CancellationToken, ValueTask<SqliteLease>> lease,
    Func<Exception, bool> isOutage,
    TimeSpan busyTimeout,
    string path)
{
    /// <summary>Groups a leader runs before it hands the queue to a thread-pool thread, so that its own caller goes on.</summary>
    internal const int GroupsPerLeader = 4;

    /// <summary>At most this many works share one transaction (a larger group holds the file lock longer).</summary>
    internal const int MaxGroupSize = 64;

    private readonly Lock _lock = new();
    private readonly Queue<PendingWrite> _queue = new();
    private bool _leading;

    private long _groups;
    private long _transactions;

    /// <summary>Groups run (committed or not), transactions committed, and works waiting now; for tests and diagnostics.</summary>
    internal (long Groups, long Commits, int Queued) Counts
    {
        get
        {
            lock (_lock)
            {
                return (Interlocked.Read(ref _groups), Interlocked.Read(ref _transactions), _queue.Count);
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> in a write transaction, possibly shared; its result is handed out after the commit.</summary>
    public Task<T> RunAsync<T>(Func<SqliteLease, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }
        var write = new PendingWrite<T>(work, cancellationToken);
        bool lead;
        lock (_lock)
        {
            _queue.Enqueue(write);
            lead = !_leading;
            _leading = true;
        }
        if (lead)
        {
            _ = LeadAsync(); // never throws: every outcome goes to the works' tasks
        }
        return write.Task;
    }

    private async Task LeadAsync()
    {
        for (var group = 0; ; group++)
        {
            List<PendingWrite> works;
            lock (_lock)
            {
                if (_queue.Count == 0)
                {
                    _leading = false;
                    return;
                }
                if (group == GroupsPerLeader)
                {
                    ThreadPool.UnsafeQueueUserWorkItem(static commit => _ = commit.LeadAsync(), this, preferLocal: false);
                    return;
                }
                works = new List<PendingWrite>(Math.Min(_queue.Count, MaxGroupSize));
                while (works.Count < MaxGroupSize && _queue.TryDequeue(out var next))
                {
                    works.Add(next);
                }
            }
            var failure = await RunGroupAsync(DropExpired(works));
            if (failure is not null && isOutage(failure))
            {
                FailQueued(failure); // they would wait as long for the same lock or disk; answer them now
            }
        }
    }

    /// <summary>Works cancelled, or queued longer than the busy timeout, are answered without running.</summary>
    private List<PendingWrite> DropExpired(List<PendingWrite> works)
    {
        var now = Stopwatch.GetTimestamp();
        var live = new List<PendingWrite>(works.Count);
        foreach (var work in works)
        {
            if (work.CancellationToken.IsCancellationRequested)
            {
                work.Fail(new OperationCanceledException(work.CancellationToken));
            }
            else if (Stopwatch.GetElapsedTime(work.QueuedAt, now) > busyTimeout)
            {
                work.Fail(new StorageUnavailableException(SqliteErrors.HeldByThisProcess(path, busyTimeout)));
            }
            else
            {
                live.Add(work);
            }
        }
        return live;
    }

    /// <summary>Runs one group in one transaction and completes its works; returns what failed the whole group, if anything did.</summary>
    private async Task<Exception?> RunGroupAsync(List<PendingWrite> works)
    {
        if (works.Count == 0)
        {
            return null;
        }
        Interlocked.Increment(ref _groups);
        var outcomes = new Exception?[works.Count];
        Exception? groupFailure = null;
        IDisposable? gate = null;
        SqliteLease? leased = null;
        var reusable = true;
        try
        {
            gate = await acquireGate(CancellationToken.None);
            leased = await lease(CancellationToken.None);
            await leased.BeginWriteAsync(CancellationToken.None);
            var savepoints = works.Count > 1; // alone, a failed work rolls back the whole transaction instead
            for (var i = 0; i < works.Count; i++)
            {
                outcomes[i] = savepoints ? await RunInSavepointAsync(leased, works[i]) : await RunAloneAsync(leased, works[i]);
                reusable &= outcomes[i] is not DbException;
            }
            if (!savepoints && outcomes[0] is not null)
            {
                if (!await leased.TryRollbackAsync())
                {
                    reusable = false;
                }
            }
            else
            {
                await leased.CommitAsync(CancellationToken.None);
                Interlocked.Increment(ref _transactions);
            }
        }
        catch (Exception ex)
        {
            groupFailure = ex is GroupAbortedException aborted ? aborted.InnerException! : ex;
            reusable &= groupFailure is not DbException;
            if (leased is not null && !await leased.TryRollbackAsync())
            {
                reusable = false;
            }
        }
        finally
        {
            if (leased is not null)
            {
                await leased.ReleaseAsync(reusable);
            }
            gate?.Dispose();
        }
        for (var i = 0; i < works.Count; i++)
        {
            if (outcomes[i] is { } own)
            {
                works[i].Fail(own);
            }
            else if (groupFailure is not null)
            {
                works[i].Fail(groupFailure);
            }
            else
            {
                works[i].Succeed();
            }
        }
        return groupFailure;
    }

    private static async Task<Exception?> RunAloneAsync(SqliteLease leased, PendingWrite work)
    {
        try
        {
            await work.RunAsync(leased);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    /// <summary>A work's failure rolls back to its savepoint; when SQLite has already ended the transaction, the group is lost.</summary>
    private static async Task<Exception?> RunInSavepointAsync(SqliteLease leased, PendingWrite work)
    {
        await leased.SavepointAsync();
        try
        {
            await work.RunAsync(leased);
        }
        catch (Exception ex)
        {
            if (!await leased.TryRollbackToSavepointAsync())
            {
                throw new GroupAbortedException(ex);
            }
            return ex;
        }
        await leased.ReleaseSavepointAsync();
        return null;
    }

    private void FailQueued(Exception failure)
    {
        List<PendingWrite> queued;
        lock (_lock)
        {
            queued = [.. _queue];
            _queue.Clear();
        }
        foreach (var work in queued)
        {
            work.Fail(failure);
        }
    }

    private sealed class GroupAbortedException(Exception inner) : Exception(inner.Message, inner);

    private abstract class PendingWrite(CancellationToken cancellationToken)
    {
        public CancellationToken CancellationToken { get; } = cancellationToken;

        public long QueuedAt { get; } = Stopwatch.GetTimestamp();

        public abstract Task RunAsync(SqliteLease leased);

        public abstract void Succeed();

        public abstract void Fail(Exception exception);
    }

    private sealed class PendingWrite<T>(Func<SqliteLease, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        : PendingWrite(cancellationToken)
    {
        // Continuations run on the completing (leader's) thread: the point is not to wake a thread-pool thread per writer.
        private readonly TaskCompletionSource<T> _done = new();
        private T? _result;

        public Task<T> Task => _done.Task;

        public override async Task RunAsync(SqliteLease leased) => _result = await work(leased, CancellationToken);

        public override void Succeed() => _done.TrySetResult(_result!);

        public override void Fail(Exception exception)
        {
            if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested)
            {
                _done.TrySetCanceled(CancellationToken);
            }
            else
            {
                _done.TrySetException(exception);
            }
        }
    }
}
