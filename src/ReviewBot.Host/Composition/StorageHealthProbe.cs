using ReviewBot.Host.Health;
using ReviewBot.Storage.Records;

namespace ReviewBot.Host.Composition;

/// <summary>/healthz reports the state store: a locked SQLite file or a PostgreSQL server that is down shows here.</summary>
internal sealed class StorageHealthProbe(IStorageHealth storage) : IHealthProbe
{
    public string Name => "storage";

    public async Task<HealthProbeResult> CheckAsync(CancellationToken cancellationToken)
    {
        var health = await storage.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
        return health.IsHealthy ? HealthProbeResult.Healthy : HealthProbeResult.Unhealthy(health.Description);
    }
}
