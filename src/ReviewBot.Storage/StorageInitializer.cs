using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Records;

namespace ReviewBot.Storage;

/// <summary>
/// Creates or migrates the schema at start-up. An unreachable store does not stop the host: it starts, /healthz reports
/// the reason, turns answer 503, and the schema is set up on first use once the store is back. A failing migration
/// (a bug) does stop the start-up.
/// </summary>
internal sealed partial class StorageInitializer(IRecordDatabase database, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await database.InitializeAsync(cancellationToken);
        }
        catch (StorageUnavailableException ex)
        {
            LogUnavailableAtStartup(ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Storage is unavailable at start-up; the bot starts unhealthy and retries on first use: {Reason}")]
    private partial void LogUnavailableAtStartup(string reason);
}
