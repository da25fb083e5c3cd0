namespace ReviewBot.Protocol.Auth;

/// <summary>Supplies the bearer token for calls to the Bot Connector.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>False when no app id is configured (local development): calls then carry no Authorization header.</summary>
    bool IsConfigured { get; }

    /// <summary>A valid access token, from the cache unless <paramref name="forceRefresh"/> (used once after a 401).</summary>
    Task<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
