using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ReviewBot.Host.Tests.Support;

/// <summary>
/// A loopback stand-in for login.botframework.com and Entra: OpenID metadata and JWKS documents served by a
/// second Kestrel app, with keys that can be rotated, and token minting for the tests.
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    public const string AppId = "6f1c3a52-0b7e-4d8a-9c41-2e5d7f8a9b10";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    private readonly WebApplication _app;
    private volatile SigningKey[] _botFrameworkKeys;
    private volatile SigningKey[] _entraKeys;
    private int _botFrameworkKeyFetches;

    private TestTokenIssuer(WebApplication app, Uri baseAddress, SigningKey botFrameworkKey, SigningKey entraKey)
    {
        _app = app;
        BaseAddress = baseAddress;
        BotFrameworkKey = botFrameworkKey;
        EntraKey = entraKey;
        _botFrameworkKeys = [botFrameworkKey];
        _entraKeys = [entraKey];
    }

    public Uri BaseAddress { get; }
    public SigningKey BotFrameworkKey { get; }
    public SigningKey EntraKey { get; }
    public string BotFrameworkMetadataUrl => new Uri(BaseAddress, "bf/v1/.well-known/openidconfiguration").ToString();
    public string EntraMetadataUrl => new Uri(BaseAddress, "entra/v2.0/.well-known/openid-configuration").ToString();
    public int BotFrameworkKeyFetches => Volatile.Read(ref _botFrameworkKeyFetches);

    public static async Task<TestTokenIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        TestTokenIssuer? issuer = null;
        app.MapGet("/bf/v1/.well-known/openidconfiguration", (HttpContext c) => Metadata(c, BotFrameworkIssuer, "bf/v1/.well-known/keys"));
        app.MapGet("/bf/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref issuer!._botFrameworkKeyFetches);
            return Jwks(issuer._botFrameworkKeys);
        });
        app.MapGet("/entra/v2.0/.well-known/openid-configuration", (HttpContext c) =>
            Metadata(c, "https://login.microsoftonline.com/{tenantid}/v2.0", "entra/discovery/v2.0/keys"));
        app.MapGet("/entra/discovery/v2.0/keys", () => Jwks(issuer!._entraKeys));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        issuer = new TestTokenIssuer(app, new Uri(address + "/"), SigningKey.Create("bf-key-1", KeyMaterial.BotFramework, "msteams", "webchat"), SigningKey.Create("entra-key-1", KeyMaterial.Entra));
        return issuer;
    }

    /// <summary>Bot settings that point inbound authentication at this issuer.</summary>
    public Dictionary<string, string?> BotSettings(string appType = "", string tenantId = "") => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppTenantId"] = tenantId,
        ["InboundAuthentication:BotFrameworkOpenIdMetadataUrl"] = BotFrameworkMetadataUrl,
        ["InboundAuthentication:EntraOpenIdMetadataUrl"] = EntraMetadataUrl,
    };

    /// <summary>Replaces the published Bot Framework keys (key rotation).</summary>
    public void PublishBotFrameworkKeys(params SigningKey[] keys) => _botFrameworkKeys = keys;

    public string ChannelToken(
        string serviceUrl,
        SigningKey? key = null,
        string? audience = AppId,
        string issuer = BotFrameworkIssuer,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl.Length > 0)
        {
            claims["serviceurl"] = serviceUrl;
        }
        return Mint(issuer, audience, claims, (key ?? BotFrameworkKey).Credentials(algorithm), notBefore, expires);
    }

    public string EntraToken(string tenantId, string? issuer = null, string audience = AppId, SigningKey? key = null, string? serviceUrl = null)
    {
        var claims = new Dictionary<string, object> { ["tid"] = tenantId, ["ver"] = "2.0", ["azp"] = "bot-framework-caller" };
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }
        issuer ??= $"https://login.microsoftonline.com/{tenantId}/v2.0";
        return Mint(issuer, audience, claims, (key ?? EntraKey).Credentials(), null, null);
    }

    /// <summary>A token whose header says <c>alg: none</c> and that has no signature.</summary>
    public static string UnsignedToken(string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = $$"""{"alg":"none","typ":"JWT","kid":"bf-key-1"}""";
        var payload = $$"""{"iss":"{{BotFrameworkIssuer}}","aud":"{{AppId}}","serviceurl":"{{serviceUrl}}","nbf":{{now - 60}},"exp":{{now + 3600}}}""";
        return $"{Base64UrlEncoder.Encode(header)}.{Base64UrlEncoder.Encode(payload)}.";
    }

    /// <summary>A token signed with HMAC-SHA256 under the Bot Framework key's kid.</summary>
    public string HmacToken(string serviceUrl)
    {
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = BotFrameworkKey.Kid };
        return Mint(BotFrameworkIssuer, AppId, new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            new SigningCredentials(secret, SecurityAlgorithms.HmacSha256), null, null);
    }

    private static string Mint(string issuer, string? audience, Dictionary<string, object> claims, SigningCredentials credentials, DateTime? notBefore, DateTime? expires)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            IssuedAt = (notBefore ?? now).AddMinutes(-1),
            SigningCredentials = credentials,
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static IResult Metadata(HttpContext context, string issuer, string keysPath)
    {
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}/";
        return Results.Text(new JsonObject
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = baseUrl + "authorize",
            ["jwks_uri"] = baseUrl + keysPath,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }.ToJsonString(), "application/json", Encoding.UTF8);
    }

    private static IResult Jwks(SigningKey[] keys) =>
        Results.Text(new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToJwk())]) }.ToJsonString(), "application/json", Encoding.UTF8);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
