using Microsoft.Extensions.Logging;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Builder.Turns;

/// <summary>Sends "typing" while a message turn runs longer than <see cref="BotAdapterOptions.TypingDelay"/>.</summary>
internal sealed class TypingIndicator : IDisposable
{
    private static readonly TypingIndicator None = new(null);
    private readonly CancellationTokenSource? _stop;

    private TypingIndicator(CancellationTokenSource? stop) => _stop = stop;

    public static TypingIndicator StartIfNeeded(Activity activity, IChannelSender sender, BotAdapterOptions options, TimeProvider time, ILogger logger)
    {
        if (activity.Type != ActivityTypes.Message || activity.ServiceUrl is not { } serviceUrl
            || activity.DeliveryMode == DeliveryModes.ExpectReplies || options.TypingDelay <= TimeSpan.Zero)
        {
            return None;
        }
        var stop = new CancellationTokenSource();
        _ = RunAsync(activity, serviceUrl, sender, options, time, logger, stop.Token);
        return new TypingIndicator(stop);
    }

    private static async Task RunAsync(Activity activity, string serviceUrl, IChannelSender sender, BotAdapterOptions options, TimeProvider time, ILogger logger, CancellationToken stop)
    {
        try
        {
            // Most turns end before the delay: waking up without an exception keeps that common case cheap.
            await Task.Delay(options.TypingDelay, time, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (!stop.IsCancellationRequested)
            {
                var typing = new Activity
                {
                    Type = ActivityTypes.Typing,
                    Conversation = new ConversationAccount { Id = activity.Conversation?.Id },
                    From = activity.Recipient,
                    Recipient = activity.From,
                };
                await sender.SendAsync(serviceUrl, typing, stop).ConfigureAwait(false);
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

    public void Dispose()
    {
        if (_stop is { IsCancellationRequested: false })
        {
            _stop.Cancel();
            _stop.Dispose();
        }
    }
}
