using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Turns;
using ReviewBot.Interview.Dialogs.Aspects;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Host.Composition;

/// <summary>
/// Brings late model phrasings to the user: opens the <see cref="LatePhrasingQueue"/>, and runs each arrival as a
/// proactive turn (<see cref="BotAdapter.ContinueConversationAsync"/>: the conversation's lock, state loaded and
/// saved, so the user typing meanwhile cannot corrupt it) with <see cref="LatePhrasingTurn"/>. On shutdown it stops
/// taking calls, waits for those in flight and their deliveries (within the host's shutdown timeout), then stops.
/// Failures are logged, never thrown into the host.
/// </summary>
internal sealed partial class LatePhrasingDelivery(
    LatePhrasingQueue queue,
    BotAdapter adapter,
    LatePhrasingTurn lateTurn,
    ILogger<LatePhrasingDelivery> logger) : IHostedService
{
    private readonly CancellationTokenSource _abort = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _deliveries = [];
    private Task _reading = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _reading = ReadAsync(_abort.Token);
        queue.Open();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await queue.CloseAsync(cancellationToken).ConfigureAwait(false);
            await _reading.WaitAsync(cancellationToken).ConfigureAwait(false);
            Task[] running;
            lock (_gate)
            {
                running = [.. _deliveries];
            }
            await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LogShutdownCut();
        }
        finally
        {
            await _abort.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var late in queue.Arrivals.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                Track(DeliverAsync(late, cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown cut the wait short.
        }
    }

    private void Track(Task delivery)
    {
        lock (_gate)
        {
            _deliveries.Add(delivery);
        }
        _ = delivery.ContinueWith(
            done =>
            {
                lock (_gate)
                {
                    _deliveries.Remove(done);
                }
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task DeliverAsync(LatePhrasing late, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var conversation = late.Job.Target.Conversation;
        try
        {
            var outcome = await adapter.ContinueConversationAsync(conversation, (turn, ct) => lateTurn.RunAsync(turn, late, ct), cancellationToken).ConfigureAwait(false);
            if (outcome.Status >= 500)
            {
                LogTurnFailed(outcome.Status, conversation.Conversation?.Id);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogShutdownCut();
        }
        catch (Exception ex)
        {
            LogDeliveryFailed(ex, conversation.Conversation?.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering a late phrasing into conversation {ConversationId} failed; the built-in version stays")]
    private partial void LogDeliveryFailed(Exception exception, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The late phrasing turn in conversation {ConversationId} ended with {Status}; the built-in version stays")]
    private partial void LogTurnFailed(int status, string? conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutdown timeout reached while late phrasings were pending; they are dropped and the built-in versions stay")]
    private partial void LogShutdownCut();
}
