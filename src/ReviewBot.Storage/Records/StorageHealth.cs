namespace ReviewBot.Storage.Records;

/// <summary>The outcome of <see cref="IStorageHealth.CheckHealthAsync"/>; <see cref="Description"/> never contains secrets.</summary>
public sealed record StorageHealth(bool IsHealthy, string Description);
