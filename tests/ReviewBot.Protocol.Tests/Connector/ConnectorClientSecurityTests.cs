using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Protocol.Auth;
using ReviewBot.Protocol.Connector;
using ReviewBot.Protocol.Schema;
using ReviewBot.Protocol.Tests.Support;

namespace ReviewBot.Protocol.Tests.Connector;

/// <summary>The bot's token goes only to allow-listed hosts; anything else is refused before a byte is sent.</summary>
public sealed class ConnectorClientSecurityTests : IAsyncLifetime
{
    private FakeConnector _fake = null!;
    private readonly CountingTokenProvider _tokens = new();

    public async Task InitializeAsync() => _fake = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private ConnectorHarness WithAppId(params string[] allowedHosts)
    {
        var settings = ConnectorHarness.FastSettings();
        settings["MicrosoftAppId"] = "0f6a1d3e-2b4c-4d5e-8f90-a1b2c3d4e5f6";
        settings["MicrosoftAppPassword"] = "not-a-real-secret";
        settings["MicrosoftAppType"] = "SingleTenant";
        settings["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        for (var i = 0; i < allowedHosts.Length; i++)
        {
            settings[$"Connector:AllowedServiceHosts:{i}"] = allowedHosts[i];
        }
        return ConnectorHarness.Create(settings, services => services.AddSingleton<IConnectorTokenProvider>(_tokens));
    }

    [Fact]
    public async Task The_token_is_sent_to_an_allow_listed_host()
    {
        await using var harness = WithAppId("127.0.0.1");

        await harness.Client.SendToConversationAsync(_fake.BaseUri.ToString(), "a:1", Message(), CancellationToken.None);

        Assert.Equal("Bearer token-1", Assert.Single(_fake.Requests).Authorization);
    }

    [Fact]
    public async Task Cookies_a_connector_sets_are_never_sent_back()
    {
        await using var harness = WithAppId("127.0.0.1");
        _fake.Responder = (request, _) => FakeResponse.Json(201, $"{{\"id\":\"{_fake.NextId()}\"}}", ("Set-Cookie", "session=abc; Path=/"));

        await harness.Client.SendToConversationAsync(_fake.BaseUri.ToString(), "a:1", Message(), CancellationToken.None);
        await harness.Client.SendToConversationAsync(_fake.BaseUri.ToString(), "a:1", Message(), CancellationToken.None);

        Assert.Equal(2, _fake.Requests.Count);
        Assert.All(_fake.Requests, request => Assert.False(request.Headers.ContainsKey("Cookie")));
    }

    [Fact]
    public async Task Another_loopback_name_that_is_not_allow_listed_is_refused_and_receives_nothing()
    {
        await using var harness = WithAppId("127.0.0.1");
        var viaLocalhost = $"http://localhost:{_fake.Port}/";

        var refused = await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() =>
            harness.Client.SendToConversationAsync(viaLocalhost, "a:1", Message(), CancellationToken.None));

        Assert.Contains("localhost", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
        Assert.Equal(0, _tokens.Calls);
    }

    [Theory]
    [InlineData("https://attacker.example/v3/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/amer/")]
    [InlineData("https://attacker.example/smba.trafficmanager.net/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://user@smba.trafficmanager.net/amer/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task A_serviceUrl_off_the_allow_list_is_refused_before_a_token_is_fetched(string serviceUrl)
    {
        await using var harness = WithAppId("127.0.0.1");

        var refused = await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() =>
            harness.Client.SendToConversationAsync(serviceUrl, "a:1", Message(), CancellationToken.None));

        Assert.Equal("ServiceUrlNotAllowed", refused.ErrorCode);
        Assert.Null(refused.StatusCode);
        Assert.Equal(0, _tokens.Calls);
    }

    [Fact]
    public async Task Every_operation_checks_the_serviceUrl()
    {
        await using var harness = WithAppId();
        var client = harness.Client;
        var url = _fake.BaseUri.ToString();

        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => client.SendAsync(url, Message(), CancellationToken.None));
        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => client.ReplyToActivityAsync(url, "a:1", "1", Message(), CancellationToken.None));
        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => client.UpdateActivityAsync(url, "a:1", "1", Message(), CancellationToken.None));
        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => client.DeleteActivityAsync(url, "a:1", "1", CancellationToken.None));
        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => client.SendTypingAsync(url, "a:1", CancellationToken.None));
        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => client.CreateConversationAsync(url, new ConversationParameters(), CancellationToken.None));
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task Without_an_app_id_loopback_gets_no_token()
    {
        await using var harness = ConnectorHarness.Create(ConnectorHarness.FastSettings());

        await harness.Client.SendToConversationAsync(_fake.BaseUri.ToString(), "a:1", Message(), CancellationToken.None);
        await harness.Client.SendToConversationAsync($"http://localhost:{_fake.Port}/_connector", "a:1", Message(), CancellationToken.None);

        Assert.Equal(2, _fake.Requests.Count);
        Assert.All(_fake.Requests, request => Assert.Null(request.Authorization));
        Assert.IsType<AnonymousTokenProvider>(harness.Services.GetRequiredService<IConnectorTokenProvider>());
    }

    [Fact]
    public async Task Without_an_app_id_a_public_serviceUrl_is_refused()
    {
        await using var harness = ConnectorHarness.Create(ConnectorHarness.FastSettings());

        var refused = await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() =>
            harness.Client.SendToConversationAsync("https://smba.trafficmanager.net/amer/", "a:1", Message(), CancellationToken.None));

        Assert.Contains("MicrosoftAppId", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_fetches_a_fresh_token_and_tries_once_more()
    {
        await using var harness = WithAppId("127.0.0.1");
        _fake.Responder = (request, previous) => previous == 0
            ? FakeResponse.Json(401, """{"error":{"code":"Unauthorized","message":"Authorization has been denied"}}""")
            : _fake.Default(request, previous);

        var sent = await harness.Client.SendToConversationAsync(_fake.BaseUri.ToString(), "a:1", Message(), CancellationToken.None);

        Assert.NotNull(sent);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], _fake.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task A_second_401_is_reported_and_not_retried_again()
    {
        await using var harness = WithAppId("127.0.0.1");
        _fake.Responder = (_, _) => FakeResponse.Json(401, """{"error":{"code":"BotNotRegistered","message":"no"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(_fake.BaseUri.ToString(), "a:1", Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(2, _fake.Requests.Count);
    }

    [Fact]
    public async Task Redirects_are_not_followed()
    {
        await using var harness = WithAppId("127.0.0.1");
        _fake.Responder = (_, _) => new FakeResponse(307, null, new Dictionary<string, string> { ["Location"] = $"http://localhost:{_fake.Port}/stolen" });

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(_fake.BaseUri.ToString(), "a:1", Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, error.StatusCode);
        Assert.DoesNotContain(_fake.Requests, r => r.Path == "/stolen");
    }

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Text = "提醒：整改措施本周到期",
        Conversation = new ConversationAccount { Id = "a:1" },
    };
}
