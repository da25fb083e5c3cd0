using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace ReviewBot.Protocol.Auth;

/// <summary>
/// Client-credentials tokens (client secret) from Entra ID through MSAL. MSAL's in-memory app token cache keeps the
/// token and hands out a fresh one only when the cached one is close to expiry, so one instance must live for the app.
/// </summary>
public sealed partial class MsalTokenProvider : IConnectorTokenProvider
{
    private readonly IConfidentialClientApplication _application;
    private readonly string[] _scopes;
    private readonly string _authority;
    private readonly ILogger _logger;

    public MsalTokenProvider(BotCredentialsOptions options, IMsalHttpClientFactory httpClientFactory, ILogger<MsalTokenProvider> logger)
    {
        _authority = options.Authority;
        _scopes = [options.ToChannelFromBotOAuthScope];
        _logger = logger;
        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(_authority, options.ValidateAuthority)
            .WithHttpClientFactory(httpClientFactory);
        if (!options.ValidateAuthority)
        {
            builder = builder.WithInstanceDiscovery(false);
        }
        _application = builder.Build();
    }

    public bool IsConfigured => true;

    public async Task<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _application.AcquireTokenForClient(_scopes)
                .WithForceRefresh(forceRefresh)
                .ExecuteAsync(cancellationToken)
                .ConfigureAwait(false);
            LogTokenAcquired(result.AuthenticationResultMetadata.TokenSource, result.ExpiresOn);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            LogTokenFailed(ex, _authority, ex.ErrorCode);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bot Connector token from {TokenSource}, expires {ExpiresOn}")]
    private partial void LogTokenAcquired(TokenSource tokenSource, DateTimeOffset expiresOn);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not get a Bot Connector token from {Authority}: {ErrorCode}")]
    private partial void LogTokenFailed(Exception ex, string authority, string errorCode);
}
