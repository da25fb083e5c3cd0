using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.Storage;
using ReviewBot.Builder.Turns;

namespace ReviewBot.Interview.Rectification;

/// <summary>Runs <see cref="ReminderRunner"/> every <see cref="RectificationOptions.CheckInterval"/> (on the app's clock).</summary>
public sealed partial class RectificationReminderService(
    ReminderRunner runner,
    IServiceProvider services,
    IOptions<RectificationOptions> options,
    TimeProvider time,
    ILogger<RectificationReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetService<BotAdapter>() is not { } adapter)
        {
            LogNoAdapter();
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunOnceAsync(adapter, stoppingToken).ConfigureAwait(false);
            }
            catch (StorageUnavailableException e)
            {
                LogStoreDown(e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRoundFailed(e); // keep the host up; the next round tries again
            }
            await Task.Delay(options.Value.CheckInterval, time, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No BotAdapter registered: rectification reminders are off")]
    private partial void LogNoAdapter();

    [LoggerMessage(Level = LogLevel.Error, Message = "Rectification reminder round failed")]
    private partial void LogRoundFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rectification reminders skipped this round: {Reason}")]
    private partial void LogStoreDown(string reason);
}
