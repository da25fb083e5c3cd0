using System.Net;
using Microsoft.IdentityModel.Tokens;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Authentication;

/// <summary>Bot Framework channel tokens (issuer https://api.botframework.com) against a loopback OpenID metadata/JWKS.</summary>
public sealed class ChannelTokenTests : IAsyncLifetime
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

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Valid_channel_token_is_accepted_and_the_turn_runs(string algorithm)
    {
        var response = await _host.PostActivityAsync(Activities.Message(serviceUrl: ServiceUrl).Json(), _issuer.ChannelToken(ServiceUrl, algorithm: algorithm));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_host.Bot.Received);
        Assert.Equal(ServiceUrl, Assert.Single(_host.Sender.Sent).ServiceUrl);
    }

    [Fact]
    public async Task CallerId_is_set_by_the_bot_after_validation_whatever_the_wire_says()
    {
        var activity = Activities.Message(serviceUrl: ServiceUrl).With("callerId", "urn:botframework:aadappid:forged");

        await _host.PostActivityAsync(activity.Json(), _issuer.ChannelToken(ServiceUrl));

        Assert.Equal("urn:botframework:azure", Assert.Single(_host.Bot.Received).CallerId);
    }

    [Fact]
    public async Task Token_expired_within_the_5_minute_clock_skew_is_accepted()
    {
        var now = DateTime.UtcNow;
        var token = _issuer.ChannelToken(ServiceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(-4));

        var response = await _host.PostActivityAsync(Activities.Message(serviceUrl: ServiceUrl).Json(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_expired_beyond_the_clock_skew_is_rejected()
    {
        var now = DateTime.UtcNow;
        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(-6)));
    }

    [Fact]
    public async Task Token_not_yet_valid_is_rejected()
    {
        var now = DateTime.UtcNow;
        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, notBefore: now.AddMinutes(10), expires: now.AddHours(1)));
    }

    [Fact]
    public async Task Token_for_another_audience_is_rejected() =>
        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, audience: "00000000-0000-0000-0000-000000000001"));

    [Fact]
    public async Task Token_without_audience_is_rejected() =>
        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, audience: null));

    [Fact]
    public async Task Token_from_another_issuer_is_rejected() =>
        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, issuer: "https://api.botframework.example.net"));

    [Fact]
    public async Task Token_with_a_bad_signature_under_a_known_kid_is_rejected()
    {
        var impostor = SigningKey.Create(_issuer.BotFrameworkKey.Kid, KeyMaterial.Impostor, "msteams");
        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, key: impostor));
    }

    [Fact]
    public async Task Token_with_an_unknown_kid_is_rejected_after_one_metadata_refresh()
    {
        await AcceptOneValidTokenAsync();
        var fetchesBefore = _issuer.BotFrameworkKeyFetches;

        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, key: SigningKey.Create("unknown-kid", KeyMaterial.Unpublished, "msteams")));

        Assert.Equal(fetchesBefore + 1, _issuer.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task Unknown_kids_refresh_the_metadata_at_most_once_per_refresh_interval()
    {
        await AcceptOneValidTokenAsync();
        var fetchesBefore = _issuer.BotFrameworkKeyFetches;

        for (var i = 0; i < 3; i++)
        {
            await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, key: SigningKey.Create($"unknown-{i}", KeyMaterial.Unpublished, "msteams")));
        }

        Assert.Equal(fetchesBefore + 1, _issuer.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task Key_not_endorsed_for_the_activity_channel_is_rejected()
    {
        var webchatOnly = SigningKey.Create("webchat-key", KeyMaterial.Extra, "webchat");
        _issuer.PublishBotFrameworkKeys(_issuer.BotFrameworkKey, webchatOnly);

        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, key: webchatOnly));
    }

    [Fact]
    public async Task Key_without_endorsements_is_rejected()
    {
        var bare = SigningKey.Create("bare-key", KeyMaterial.Extra, endorsements: null);
        _issuer.PublishBotFrameworkKeys(_issuer.BotFrameworkKey, bare);

        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, key: bare));
    }

    [Fact]
    public async Task Endorsed_key_still_cannot_speak_for_another_channel()
    {
        var activity = Activities.Message(serviceUrl: ServiceUrl, channelId: "slack");

        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl), activity);
    }

    [Fact]
    public async Task Token_whose_serviceurl_differs_from_the_activity_is_rejected() =>
        await AssertRejectedAsync(_issuer.ChannelToken("https://smba.trafficmanager.net/emea/"));

    [Fact]
    public async Task Token_without_a_serviceurl_claim_is_rejected() =>
        await AssertRejectedAsync(_issuer.ChannelToken(serviceUrl: ""));

    [Fact]
    public async Task Request_without_an_Authorization_header_is_rejected() =>
        await AssertRejectedAsync(token: null);

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30")]
    public async Task Malformed_Authorization_header_is_rejected(string header)
    {
        var response = await _host.PostAsync(Content(Activities.Message(serviceUrl: ServiceUrl).Json()), authorization: header);

        await AssertUnauthorizedAsync(response);
    }

    [Fact]
    public async Task Unsigned_token_with_alg_none_is_rejected() =>
        await AssertRejectedAsync(TestTokenIssuer.UnsignedToken(ServiceUrl));

    [Fact]
    public async Task Token_signed_with_HS256_is_rejected() =>
        await AssertRejectedAsync(_issuer.HmacToken(ServiceUrl));

    [Fact]
    public async Task Malformed_body_with_a_valid_token_is_still_400()
    {
        var response = await _host.PostAsync(Content("[1,2,3]"), _issuer.ChannelToken(ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(_host.Untouched);
    }

    private async Task AcceptOneValidTokenAsync()
    {
        var response = await _host.PostActivityAsync(Activities.Message(serviceUrl: ServiceUrl).Json(), _issuer.ChannelToken(ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        _host.Bot.Clear();
        _host.Sender.Clear();
        _host.Storage.ResetCounters();
    }

    private async Task AssertRejectedAsync(string? token, System.Text.Json.Nodes.JsonObject? activity = null)
    {
        var response = await _host.PostActivityAsync((activity ?? Activities.Message(serviceUrl: ServiceUrl)).Json(), token);
        await AssertUnauthorizedAsync(response);
    }

    private async Task AssertUnauthorizedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.True(_host.Untouched, "a rejected request must not reach the app, the store or the connector");
    }

    private static StringContent Content(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
