using System.Net;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Authentication;

/// <summary>Entra-issued tokens for the bot (issuer per tenant, audience = app id), selected by issuer.</summary>
public sealed class EntraTokenTests : IAsyncLifetime
{
    private const string ServiceUrl = Activities.TeamsServiceUrl;
    private const string OwnTenant = "3c7b1f2e-9a4d-4e8b-b5c6-1d2e3f4a5b6c";
    private const string StrangerTenant = "99999999-8888-7777-6666-555555555555";
    private TestTokenIssuer _issuer = null!;

    public async Task InitializeAsync() => _issuer = await TestTokenIssuer.StartAsync();

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    [Fact]
    public async Task Entra_token_from_a_Bot_Framework_tenant_is_accepted_by_a_multi_tenant_bot()
    {
        await using var host = await BotHost.StartAsync(_issuer.BotSettings());

        var response = await host.PostActivityAsync(Message(), _issuer.EntraToken(TestTokenIssuer.BotFrameworkTenant));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("urn:botframework:azure", Assert.Single(host.Bot.Received).CallerId);
    }

    [Fact]
    public async Task Entra_v1_issuer_is_accepted_too()
    {
        await using var host = await BotHost.StartAsync(_issuer.BotSettings());
        var token = _issuer.EntraToken(TestTokenIssuer.BotFrameworkTenant, issuer: $"https://sts.windows.net/{TestTokenIssuer.BotFrameworkTenant}/");

        var response = await host.PostActivityAsync(Message(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Entra_token_from_an_unlisted_tenant_is_rejected()
    {
        await using var host = await BotHost.StartAsync(_issuer.BotSettings());

        await AssertRejectedAsync(host, _issuer.EntraToken(StrangerTenant));
    }

    [Fact]
    public async Task Single_tenant_bot_accepts_Entra_tokens_of_its_own_tenant()
    {
        await using var host = await BotHost.StartAsync(_issuer.BotSettings("SingleTenant", OwnTenant));

        var response = await host.PostActivityAsync(Message(), _issuer.EntraToken(OwnTenant));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Single_tenant_bot_rejects_Entra_tokens_of_other_tenants()
    {
        await using var host = await BotHost.StartAsync(_issuer.BotSettings("SingleTenant", OwnTenant));

        await AssertRejectedAsync(host, _issuer.EntraToken(TestTokenIssuer.BotFrameworkTenant));
    }

    [Fact]
    public async Task Configured_tenant_list_replaces_the_defaults()
    {
        var settings = _issuer.BotSettings();
        settings["InboundAuthentication:EntraTenantIds:0"] = StrangerTenant;
        await using var host = await BotHost.StartAsync(settings);

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(Message(), _issuer.EntraToken(StrangerTenant))).StatusCode);
        await AssertRejectedAsync(host, _issuer.EntraToken(TestTokenIssuer.BotFrameworkTenant), expectUntouched: false);
    }

    [Fact]
    public async Task Entra_issuer_naming_another_tenant_than_tid_is_rejected()
    {
        await using var host = await BotHost.StartAsync(_issuer.BotSettings());
        var token = _issuer.EntraToken(TestTokenIssuer.BotFrameworkTenant, issuer: $"https://login.microsoftonline.com/{StrangerTenant}/v2.0");

        await AssertRejectedAsync(host, token);
    }

    [Fact]
    public async Task Entra_token_for_another_audience_is_rejected()
    {
        await using var host = await BotHost.StartAsync(_issuer.BotSettings());

        await AssertRejectedAsync(host, _issuer.EntraToken(TestTokenIssuer.BotFrameworkTenant, audience: "https://api.botframework.com"));
    }

    [Fact]
    public async Task Entra_issuer_with_a_key_from_the_Bot_Framework_set_is_rejected()
    {
        await using var host = await BotHost.StartAsync(_issuer.BotSettings());

        await AssertRejectedAsync(host, _issuer.EntraToken(TestTokenIssuer.BotFrameworkTenant, key: _issuer.BotFrameworkKey));
    }

    [Fact]
    public async Task Entra_token_with_a_serviceurl_claim_must_match_the_activity()
    {
        await using var host = await BotHost.StartAsync(_issuer.BotSettings());

        await AssertRejectedAsync(host, _issuer.EntraToken(TestTokenIssuer.BotFrameworkTenant, serviceUrl: "https://elsewhere.example.com/"));
    }

    private static string Message() => Activities.Message(serviceUrl: ServiceUrl).Json();

    private static async Task AssertRejectedAsync(BotHost host, string token, bool expectUntouched = true)
    {
        var before = host.Bot.Received.Count;
        var response = await host.PostActivityAsync(Message(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, host.Bot.Received.Count);
        if (expectUntouched)
        {
            Assert.True(host.Untouched);
        }
    }
}
