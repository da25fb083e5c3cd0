namespace ReviewBot.Storage.Records;

/// <summary>Answers whether the store can be used right now; for /healthz.</summary>
public interface IStorageHealth
{
    /// <summary>Never throws for an outage: an unreachable, locked or read-only store is reported as unhealthy with the reason.</summary>
    Task<StorageHealth> CheckHealthAsync(CancellationToken cancellationToken);
}
