namespace ReviewBot.Protocol.Auth;

/// <summary>The "none" provider used when <c>MicrosoftAppId</c> is empty: there is no identity and no token.</summary>
public sealed class AnonymousTokenProvider : IConnectorTokenProvider
{
    public bool IsConfigured => false;

    public Task<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No MicrosoftAppId is configured, so there is no Bot Connector token.");
}
