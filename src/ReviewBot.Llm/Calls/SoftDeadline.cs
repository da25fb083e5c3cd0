using Microsoft.Extensions.Logging;

namespace ReviewBot.Llm.Calls;

/// <summary>What a chat turn got from the model within its soft deadline: the outcome, or the call still running.</summary>
public sealed record DeadlineOutcome<T>(LlmOutcome<T>? Outcome, Task<LlmOutcome<T>>? StillRunning)
    where T : class;

/// <summary>
/// How long a chat turn waits for the model. Past the soft deadline the turn goes on without it; the call itself is not
/// tied to the turn (bounded by LLM:TimeoutSeconds), so its answer still lands in the cache and can be followed up.
/// </summary>
public static class SoftDeadline
{
    /// <param name="softDeadline">Zero or less: wait for the whole call, under the caller's cancellation.</param>
    public static async Task<DeadlineOutcome<T>> RunWithinAsync<T>(
        this LlmTaskRunner runner, LlmTask<T> task, TimeSpan softDeadline, ILogger logger, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(task);
        if (softDeadline <= TimeSpan.Zero)
        {
            return new DeadlineOutcome<T>(await runner.RunAsync(task, cancellationToken).ConfigureAwait(false), null);
        }
        var running = runner.RunAsync(task, CancellationToken.None);
        try
        {
            return new DeadlineOutcome<T>(await running.WaitAsync(softDeadline, cancellationToken).ConfigureAwait(false), null);
        }
        catch (TimeoutException)
        {
            LlmLog.SoftDeadlinePassed(logger, task.Task);
            return new DeadlineOutcome<T>(null, running);
        }
    }
}
