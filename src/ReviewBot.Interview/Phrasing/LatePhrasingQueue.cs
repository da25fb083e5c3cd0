using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace ReviewBot.Interview.Phrasing;

/// <summary>
/// The <see cref="ILatePhrasingSink"/>: follows each late model call (one per problem and shown text), and puts the
/// checked answers on <see cref="Arrivals"/> for whoever delivers them (the host runs them as proactive turns).
/// Takes nothing until <see cref="Open"/> is called by that deliverer, so without one no turn promises a late answer.
/// In memory only: a restart drops what is still being followed (the user keeps the built-in version).
/// </summary>
public sealed partial class LatePhrasingQueue(ILogger<LatePhrasingQueue> logger) : ILatePhrasingSink
{
    private readonly Channel<LatePhrasing> _arrivals = Channel.CreateUnbounded<LatePhrasing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, Task> _following = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _open;
    private bool _closed;

    /// <summary>Checked answers, in the order they arrived; completed by <see cref="CloseAsync"/>.</summary>
    public ChannelReader<LatePhrasing> Arrivals => _arrivals.Reader;

    /// <summary>How many model calls are being followed now.</summary>
    public int Following
    {
        get
        {
            lock (_gate)
            {
                return _following.Count;
            }
        }
    }

    /// <summary>Starts taking late calls (the deliverer calls this once it reads <see cref="Arrivals"/>).</summary>
    public void Open()
    {
        lock (_gate)
        {
            _open = !_closed;
        }
    }

    public bool Follow(LatePhrasingJob job, Task<PhrasedProblem?> polished)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(polished);
        lock (_gate)
        {
            if (!_open)
            {
                return false;
            }
            if (_following.ContainsKey(job.Key))
            {
                LogAlreadyFollowed(job.Target.DraftId);
                return true;
            }
            _following[job.Key] = AwaitAsync(job, polished);
            return true;
        }
    }

    /// <summary>
    /// Stops taking calls, waits for the ones being followed (each is bounded by LLM:TimeoutSeconds; the wait by
    /// <paramref name="cancellationToken"/>), then completes <see cref="Arrivals"/>.
    /// </summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        Task[] pending;
        lock (_gate)
        {
            _open = false;
            _closed = true;
            pending = [.. _following.Values];
        }
        try
        {
            await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LogDroppedAtShutdown(pending.Count(t => !t.IsCompleted));
        }
        finally
        {
            _arrivals.Writer.TryComplete();
        }
    }

    private async Task AwaitAsync(LatePhrasingJob job, Task<PhrasedProblem?> polished)
    {
        try
        {
            var value = await polished.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
            if (value is null)
            {
                LogNoAnswer(job.Target.DraftId);
            }
            else if (_arrivals.Writer.TryWrite(new LatePhrasing(job, value)))
            {
                LogArrived(job.Target.DraftId);
            }
            else
            {
                LogDroppedAtShutdown(1);
            }
        }
        catch (Exception ex)
        {
            LogCallFailed(ex, job.Target.DraftId);
        }
        finally
        {
            lock (_gate)
            {
                _following.Remove(job.Key);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Late phrasing for draft {DraftId} is already being followed")]
    private partial void LogAlreadyFollowed(string draftId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Late phrasing for draft {DraftId} arrived and passed the checks; delivering")]
    private partial void LogArrived(string draftId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Late phrasing for draft {DraftId} failed or was rejected; the built-in version stays")]
    private partial void LogNoAnswer(string draftId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Late phrasing call for draft {DraftId} threw; the built-in version stays")]
    private partial void LogCallFailed(Exception exception, string draftId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down: {Count} late phrasing answers dropped; the built-in versions stay")]
    private partial void LogDroppedAtShutdown(int count);
}
