using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReviewBot.Files.Storage;

/// <summary>Runs <see cref="ExpiringFileStore.SweepAsync"/> every <see cref="FilesOptions.SweepInterval"/> (off when zero).</summary>
internal sealed partial class ExpiredFileSweeper(
    ExpiringFileStore files,
    IOptions<FilesOptions> options,
    TimeProvider time,
    ILogger<ExpiredFileSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SweepInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await files.SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping expired files failed; will try again at the next interval")]
    private partial void LogSweepFailed(Exception ex);
}
