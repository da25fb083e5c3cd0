using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ReviewBot.Host.Health;

/// <summary>
/// <c>GET /healthz</c>: 200 <c>{"status":"ok"}</c> when every registered <see cref="IHealthProbe"/> is healthy,
/// otherwise 503 <c>{"status":"unhealthy", "probes": {...}}</c>. Probes run concurrently with a time limit.
/// </summary>
internal sealed partial class HealthEndpoint(IEnumerable<IHealthProbe> probes, ILogger<HealthEndpoint> logger)
{
    public const string Route = "/healthz";
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public async Task<IResult> HandleAsync(CancellationToken cancellationToken)
    {
        var all = probes.ToArray();
        if (all.Length == 0)
        {
            return Results.Json(new HealthReport("ok", null));
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        var results = await Task.WhenAll(all.Select(p => RunAsync(p, timeout.Token))).ConfigureAwait(false);
        var healthy = results.All(r => r.Result.IsHealthy);
        var report = new HealthReport(
            healthy ? "ok" : "unhealthy",
            results.ToDictionary(r => r.Name, r => new ProbeReport(r.Result.IsHealthy ? "ok" : "unhealthy", r.Result.Description)));
        return Results.Json(report, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private async Task<(string Name, HealthProbeResult Result)> RunAsync(IHealthProbe probe, CancellationToken cancellationToken)
    {
        try
        {
            return (probe.Name, await probe.CheckAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            LogProbeFailed(ex, probe.Name);
            var reason = cancellationToken.IsCancellationRequested ? "timed out" : "check failed";
            return (probe.Name, HealthProbeResult.Unhealthy(reason));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health probe {Probe} failed")]
    private partial void LogProbeFailed(Exception ex, string probe);

    private sealed record HealthReport(
        string Status,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        Dictionary<string, ProbeReport>? Probes);

    private sealed record ProbeReport(
        string Status,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        string? Description);
}
