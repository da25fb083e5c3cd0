using System.Net;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Authentication;

/// <summary>Bot Framework rotates its signing keys; an unknown kid must lead to a metadata refresh, not a lasting outage.</summary>
public sealed class KeyRotationTests : IAsyncLifetime
{
    private const string ServiceUrl = Activities.TeamsServiceUrl;
    private TestTokenIssuer _issuer = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _issuer = await TestTokenIssuer.StartAsync();
        _host = await BotHost.StartAsync(_issuer.BotSettings());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task Token_signed_with_a_newly_published_key_is_accepted_on_its_first_request()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(_issuer.ChannelToken(ServiceUrl))).StatusCode);
        var rotated = SigningKey.Create("bf-key-2", KeyMaterial.Rotated, "msteams");
        _issuer.PublishBotFrameworkKeys(rotated);

        var response = await PostAsync(_issuer.ChannelToken(ServiceUrl, key: rotated));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _issuer.BotFrameworkKeyFetches);
        Assert.Equal(2, _host.Bot.Received.Count);
    }

    [Fact]
    public async Task Retired_key_is_no_longer_accepted_once_the_new_set_was_fetched()
    {
        var rotated = SigningKey.Create("bf-key-2", KeyMaterial.Rotated, "msteams");
        _issuer.PublishBotFrameworkKeys(rotated);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(_issuer.ChannelToken(ServiceUrl, key: rotated))).StatusCode);

        var response = await PostAsync(_issuer.ChannelToken(ServiceUrl, key: _issuer.BotFrameworkKey));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Single(_host.Bot.Received);
    }

    private Task<HttpResponseMessage> PostAsync(string token) =>
        _host.PostActivityAsync(Activities.Message(serviceUrl: ServiceUrl).Json(), token);
}
