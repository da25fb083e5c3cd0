using System.Web;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Protocol.Auth;
using ReviewBot.Protocol.Connector;
using ReviewBot.Protocol.Schema;
using ReviewBot.Protocol.Tests.Support;

namespace ReviewBot.Protocol.Tests.Auth;

/// <summary>Client credentials through real MSAL against a loopback https token endpoint, then real sends to a fake connector.</summary>
public sealed class MsalTokenProviderTests : IAsyncLifetime
{
    private const string AppId = "0f6a1d3e-2b4c-4d5e-8f90-a1b2c3d4e5f6";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _certificate = TestCertificate.CreateForLoopback();
    private FakeConnector _login = null!;
    private FakeConnector _connector = null!;
    private int _tokensIssued;

    public async Task InitializeAsync()
    {
        _login = await FakeConnector.StartAsync(_certificate);
        _login.Responder = (request, _) => request.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
            ? FakeResponse.Json(200, $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"access-{{Interlocked.Increment(ref _tokensIssued)}}"}""")
            : FakeResponse.Json(404, """{"error":"not_found"}""");
        _connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _login.DisposeAsync();
        _certificate.Dispose();
    }

    private ConnectorHarness Harness(string appType, string? tenant)
    {
        var settings = ConnectorHarness.FastSettings();
        settings["MicrosoftAppId"] = AppId;
        settings["MicrosoftAppPassword"] = "s3cret~value";
        settings["MicrosoftAppType"] = appType;
        settings["MicrosoftAppTenantId"] = tenant;
        settings["MicrosoftLoginHost"] = _login.BaseUri.GetLeftPart(UriPartial.Authority);
        settings["ValidateAuthority"] = "false";
        settings["Connector:AllowedServiceHosts:0"] = "127.0.0.1";
        return ConnectorHarness.Create(settings, services => services
            .AddHttpClient(BotConnectorServiceCollectionExtensions.MsalHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => TestCertificate.TrustingHandler(_certificate)));
    }

    [Fact]
    public async Task Single_tenant_asks_the_tenant_authority_once_and_reuses_the_token_for_several_sends()
    {
        await using var harness = Harness("SingleTenant", TenantId);
        Assert.IsType<MsalTokenProvider>(harness.Services.GetRequiredService<IConnectorTokenProvider>());

        for (var i = 0; i < 3; i++)
        {
            await harness.Client.SendToConversationAsync(_connector.BaseUri.ToString(), "a:1", Message(i), CancellationToken.None);
        }

        var tokenRequest = Assert.Single(_login.Requests);
        Assert.Equal($"/{TenantId}/oauth2/v2.0/token", tokenRequest.Path);
        var form = HttpUtility.ParseQueryString(tokenRequest.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(AppId, form["client_id"]);
        Assert.Equal("s3cret~value", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.Equal(3, _connector.Requests.Count);
        Assert.All(_connector.Requests, request => Assert.Equal("Bearer access-1", request.Authorization));
    }

    [Fact]
    public async Task Multi_tenant_uses_the_botframework_com_authority()
    {
        await using var harness = Harness("MultiTenant", tenant: null);

        await harness.Client.SendToConversationAsync(_connector.BaseUri.ToString(), "a:1", Message(0), CancellationToken.None);

        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(_login.Requests).Path);
    }

    [Fact]
    public async Task A_401_from_the_connector_makes_msal_fetch_a_new_token()
    {
        await using var harness = Harness("SingleTenant", TenantId);
        _connector.Responder = (request, previous) => previous == 0 ? new FakeResponse(401) : _connector.Default(request, previous);

        await harness.Client.SendToConversationAsync(_connector.BaseUri.ToString(), "a:1", Message(0), CancellationToken.None);

        Assert.Equal(2, _login.Requests.Count);
        Assert.Equal(["Bearer access-1", "Bearer access-2"], _connector.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task A_token_endpoint_failure_is_a_connector_error_and_nothing_is_sent()
    {
        _login.Responder = (_, _) => FakeResponse.Json(400,
            """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}""");
        await using var harness = Harness("SingleTenant", TenantId);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(_connector.BaseUri.ToString(), "a:1", Message(0), CancellationToken.None));

        Assert.Equal("TokenUnavailable", error.ErrorCode);
        Assert.IsAssignableFrom<Microsoft.Identity.Client.MsalException>(error.InnerException);
        Assert.DoesNotContain("s3cret", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_connector.Requests);
    }

    private static Activity Message(int number) => new()
    {
        Type = ActivityTypes.Message,
        Text = $"第{number}条",
        Conversation = new ConversationAccount { Id = "a:1" },
    };
}
