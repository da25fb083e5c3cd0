using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewBot.Host.Health;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_is_ok_when_no_probe_is_registered()
    {
        await using var host = await StartWithProbesAsync();

        var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"status":"ok"}"""), JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task Healthz_reports_the_state_store_by_default()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["probes"]!["storage"]!["status"]);
    }

    [Fact]
    public async Task Healthz_is_ok_when_every_probe_is_healthy()
    {
        await using var host = await StartWithProbesAsync(new FixedProbe("storage", HealthProbeResult.Healthy));

        var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ok", (string?)body["status"]);
        Assert.Equal("ok", (string?)body["probes"]!["storage"]!["status"]);
    }

    [Fact]
    public async Task Healthz_is_503_naming_the_unhealthy_probe()
    {
        await using var host = await StartWithProbesAsync(
            new FixedProbe("storage", HealthProbeResult.Unhealthy("database file is read-only")),
            new FixedProbe("other", HealthProbeResult.Healthy));

        var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("unhealthy", (string?)body["status"]);
        Assert.Equal("database file is read-only", (string?)body["probes"]!["storage"]!["description"]);
        Assert.Equal("ok", (string?)body["probes"]!["other"]!["status"]);
    }

    [Fact]
    public async Task Probe_that_throws_counts_as_unhealthy_without_leaking_the_exception()
    {
        await using var host = await StartWithProbesAsync(new ThrowingProbe());

        var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("check failed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
    }

    private static Task<BotHost> StartWithProbesAsync(params IHealthProbe[] probes) =>
        BotHost.StartAsync(configure: builder =>
        {
            builder.Services.RemoveAll<IHealthProbe>();
            foreach (var probe in probes)
            {
                builder.Services.AddSingleton(probe);
            }
        });

    private sealed class FixedProbe(string name, HealthProbeResult result) : IHealthProbe
    {
        public string Name => name;

        public Task<HealthProbeResult> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(result);
    }

    private sealed class ThrowingProbe : IHealthProbe
    {
        public string Name => "storage";

        public Task<HealthProbeResult> CheckAsync(CancellationToken cancellationToken) =>
            throw new InvalidOperationException("connection string with secret");
    }
}
