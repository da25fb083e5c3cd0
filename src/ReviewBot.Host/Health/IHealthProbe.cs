namespace ReviewBot.Host.Health;

/// <summary>
/// One dependency checked by <c>GET /healthz</c> (for example the state store). Register implementations in DI;
/// with none registered the endpoint answers ok.
/// </summary>
public interface IHealthProbe
{
    /// <summary>Short stable name shown in the health report, e.g. <c>storage</c>.</summary>
    string Name { get; }

    /// <summary>Checks the dependency; an exception counts as unhealthy.</summary>
    Task<HealthProbeResult> CheckAsync(CancellationToken cancellationToken);
}

/// <summary>The outcome of one <see cref="IHealthProbe"/>; <paramref name="Description"/> must not contain secrets.</summary>
public sealed record HealthProbeResult(bool IsHealthy, string? Description = null)
{
    public static HealthProbeResult Healthy { get; } = new(true);

    public static HealthProbeResult Unhealthy(string description) => new(false, description);
}
