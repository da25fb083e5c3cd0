using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Builder.Turns;

/// <summary>
/// Sends "typing" while a message turn runs longer than <see cref="BotAdapterOptions.TypingDelay"/>, repeated every
/// <see cref="BotAdapterOptions.TypingInterval"/>.
/// </summary>
/// <remarks>
/// Nearly every turn ends long before the delay, so a turn only joins a list: one shared timer, running while turns
/// are in flight, looks at the list four times per delay and starts the indicator of turns that are still running.
/// A timer per turn cost about a tenth of a turn's CPU under load (arming and cancelling it wakes the timer thread
/// and a pool thread every turn).
/// </remarks>
internal sealed class TypingIndicators(IChannelSender sender, BotAdapterOptions options, TimeProvider time, ILogger logger)
{
    private readonly ConcurrentDictionary<RunningTurn, byte> _running = new();
    private readonly Lock _timerGate = new();
    private ITimer? _timer;
    private bool _ticking;

    private TimeSpan Tick => TimeSpan.FromTicks(Math.Max(options.TypingDelay.Ticks / 4, TimeSpan.TicksPerMillisecond));

    /// <summary>Watches a turn; disposing the result ends its indicator. Only message turns with a serviceUrl are watched.</summary>
    public IDisposable Watch(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message || activity.ServiceUrl is not { } serviceUrl
            || activity.DeliveryMode == DeliveryModes.ExpectReplies || options.TypingDelay <= TimeSpan.Zero)
        {
            return RunningTurn.None;
        }
        var turn = new RunningTurn(this, activity, serviceUrl, time.GetTimestamp());
        _running.TryAdd(turn, 0);
        EnsureTicking();
        return turn;
    }

    /// <summary>Starts the timer unless it runs. Called after the turn joined the list, under the lock the timer stops under.</summary>
    private void EnsureTicking()
    {
        lock (_timerGate)
        {
            if (_ticking)
            {
                return;
            }
            _ticking = true;
            _timer ??= time.CreateTimer(static state => ((TypingIndicators)state!).OnTick(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _timer.Change(Tick, Tick);
        }
    }

    private void OnTick()
    {
        foreach (var turn in _running.Keys)
        {
            if (time.GetElapsedTime(turn.StartedAt) >= options.TypingDelay && turn.TryStart() is { } stop)
            {
                _ = SendWhileRunningAsync(turn, stop.Token);
            }
        }
        if (_running.IsEmpty)
        {
            lock (_timerGate)
            {
                // A turn joins the list before it takes this lock: either it is seen here, or it finds the timer stopped.
                if (_running.IsEmpty)
                {
                    _timer!.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                    _ticking = false;
                }
            }
        }
    }

    private async Task SendWhileRunningAsync(RunningTurn turn, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var typing = new Activity
                {
                    Type = ActivityTypes.Typing,
                    Conversation = new ConversationAccount { Id = turn.Activity.Conversation?.Id },
                    From = turn.Activity.Recipient,
                    Recipient = turn.Activity.From,
                };
                await sender.SendAsync(turn.ServiceUrl, typing, stop).ConfigureAwait(false);
                await Task.Delay(options.TypingInterval, time, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Typing indicator failed");
        }
    }

    /// <summary>One watched turn. Its indicator starts at most once and never after the turn ended.</summary>
    private sealed class RunningTurn(TypingIndicators? owner, Activity activity, string serviceUrl, long startedAt) : IDisposable
    {
        public static readonly RunningTurn None = new(null, new Activity(), string.Empty, 0);

        private readonly Lock _gate = new();
        private CancellationTokenSource? _stop;
        private bool _started;
        private bool _ended;

        public Activity Activity { get; } = activity;
        public string ServiceUrl { get; } = serviceUrl;
        public long StartedAt { get; } = startedAt;

        /// <summary>The indicator's stop signal when it starts now; null when it already started or the turn ended.</summary>
        public CancellationTokenSource? TryStart()
        {
            lock (_gate)
            {
                if (_started || _ended)
                {
                    return null;
                }
                _started = true;
                return _stop = new CancellationTokenSource();
            }
        }

        public void Dispose()
        {
            if (owner is null)
            {
                return;
            }
            owner._running.TryRemove(this, out _);
            lock (_gate)
            {
                if (_ended)
                {
                    return;
                }
                _ended = true;
                if (_stop is { } stop)
                {
                    stop.Cancel();
                    stop.Dispose();
                }
            }
        }
    }
}
