using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewBot.Protocol.Connector;

namespace ReviewBot.Protocol.Tests.Support;

/// <summary>The real DI wiring (<c>AddBotConnector</c>) over in-memory settings.</summary>
public sealed class ConnectorHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private ConnectorHarness(ServiceProvider provider) => _provider = provider;

    public ConnectorClient Client => _provider.GetRequiredService<ConnectorClient>();

    public IServiceProvider Services => _provider;

    /// <summary>Settings for fast tests: no app id, short retry delays, a generous rate limit.</summary>
    public static Dictionary<string, string?> FastSettings() => new()
    {
        ["Connector:Retry:BaseDelay"] = "00:00:00.050",
        ["Connector:Retry:MaxDelay"] = "00:00:00.200",
        ["Connector:SendRateLimits:0:Permits"] = "1000",
        ["Connector:SendRateLimits:0:Window"] = "00:00:01",
    };

    public static ConnectorHarness Create(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
        services.AddBotConnector(configuration);
        configure?.Invoke(services);
        return new ConnectorHarness(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
