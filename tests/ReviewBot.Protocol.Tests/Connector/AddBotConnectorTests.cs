using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewBot.Protocol.Auth;
using ReviewBot.Protocol.Connector;
using ReviewBot.Protocol.Tests.Support;

namespace ReviewBot.Protocol.Tests.Connector;

public sealed class AddBotConnectorTests
{
    private const string AppId = "0f6a1d3e-2b4c-4d5e-8f90-a1b2c3d4e5f6";

    [Fact]
    public async Task Bad_credentials_stop_the_start_up_with_a_clear_message()
    {
        await using var harness = ConnectorHarness.Create(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppType"] = "SingleTenant",
        });

        var error = Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("SingleTenant needs MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_connector_settings_stop_the_start_up_with_a_clear_message()
    {
        await using var harness = ConnectorHarness.Create(new Dictionary<string, string?>
        {
            ["Connector:AllowedServiceHosts:0"] = "https://bot.contoso.example/",
            ["Connector:AllowedServiceHosts:1"] = "*.com",
            ["Connector:Retry:MaxRetries"] = "50",
        });

        var error = Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("'https://bot.contoso.example/' is not a host name", error.Message, StringComparison.Ordinal);
        Assert.Contains("'*.com'", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxRetries 50", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, null, typeof(AnonymousTokenProvider))]
    [InlineData(AppId, "SingleTenant", "secret", typeof(MsalTokenProvider))]
    [InlineData(AppId, "MultiTenant", "secret", typeof(MsalTokenProvider))]
    [InlineData(AppId, "UserAssignedMSI", null, typeof(ManagedIdentityTokenProvider))]
    public async Task The_token_provider_follows_the_app_type(string? appId, string? type, string? password, Type expected)
    {
        await using var harness = ConnectorHarness.Create(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
        });

        harness.Services.GetRequiredService<IStartupValidator>().Validate();
        Assert.IsType(expected, harness.Services.GetRequiredService<IConnectorTokenProvider>());
    }

    [Fact]
    public async Task The_defaults_follow_teams_limits()
    {
        await using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        var options = harness.Services.GetRequiredService<IOptions<ConnectorOptions>>().Value;

        Assert.Contains(options.EffectiveSendRateLimits, limit => limit.Permits == 7 && limit.Window == TimeSpan.FromSeconds(1));
        Assert.Equal(80 * 1024, options.MaxActivityBytes);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Retry.TotalTimeout);
        Assert.Equal([412, 429, 500, 502, 503, 504], options.Retry.EffectiveRetryStatusCodes);
        Assert.Contains("smba.trafficmanager.net", options.EffectiveServiceHosts);
    }

    [Fact]
    public async Task Calling_it_twice_does_not_stack_a_second_retry_pipeline()
    {
        await using var fake = await FakeConnector.StartAsync();
        fake.Responder = (_, _) => new FakeResponse(503);
        await using var harness = ConnectorHarness.Create(ConnectorHarness.FastSettings(), services =>
            services.AddBotConnector(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()));

        await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(
            fake.BaseUri.ToString(), "a:1", new ReviewBot.Protocol.Schema.Activity { Type = "message", Text = "x" }, CancellationToken.None));

        Assert.Equal(1 + new ConnectorRetryOptions().MaxRetries, fake.Requests.Count);
    }

    [Fact]
    public async Task The_connector_pipeline_has_retries_and_rate_limits_renews_connections_and_has_no_cookies_or_loggers()
    {
        await using var harness = ConnectorHarness.Create(new Dictionary<string, string?>());

        var handlers = new List<string>();
        HttpMessageHandler? primary = null;
        for (HttpMessageHandler? handler = harness.Services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(ConnectorClient.HttpClientName);
             handler is not null;
             handler = (handler as DelegatingHandler)?.InnerHandler)
        {
            handlers.Add(handler.GetType().Name);
            primary = handler;
        }

        Assert.Contains("ResilienceHandler", handlers);
        var sockets = Assert.IsType<SocketsHttpHandler>(primary);
        Assert.Equal(ConnectorClient.ConnectionLifetime, sockets.PooledConnectionLifetime); // renewed: the client is kept for good
        Assert.False(sockets.UseCookies);
        Assert.False(sockets.AllowAutoRedirect);
        Assert.Contains(nameof(ConversationRateLimitHandler), handlers);
        Assert.Contains(nameof(SocketsHttpHandler), handlers);
        Assert.DoesNotContain(handlers, name => name.Contains("Logging", StringComparison.Ordinal));
    }
}
