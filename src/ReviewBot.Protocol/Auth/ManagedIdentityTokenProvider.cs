using Azure.Core;
using Microsoft.Extensions.Logging;

namespace ReviewBot.Protocol.Auth;

/// <summary>
/// Tokens of a user-assigned managed identity (Azure.Identity). The token is kept until five minutes before it
/// expires (or until the platform's suggested refresh time), and only one refresh runs at a time.
/// </summary>
public sealed partial class ManagedIdentityTokenProvider : IConnectorTokenProvider, IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly TokenCredential _credential;
    private readonly TokenRequestContext _request;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private AccessToken? _cached;

    public ManagedIdentityTokenProvider(TokenCredential credential, string scope, TimeProvider time, ILogger<ManagedIdentityTokenProvider> logger)
    {
        _credential = credential;
        _request = new TokenRequestContext([scope]);
        _time = time;
        _logger = logger;
    }

    public bool IsConfigured => true;

    public async Task<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (!forceRefresh && TryGetCached() is { } token)
        {
            return token;
        }
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!forceRefresh && TryGetCached() is { } refreshedMeanwhile)
            {
                return refreshedMeanwhile;
            }
            var fresh = await _credential.GetTokenAsync(_request, cancellationToken).ConfigureAwait(false);
            _cached = fresh;
            LogTokenAcquired(fresh.ExpiresOn);
            return fresh.Token;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTokenFailed(ex);
            throw;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private string? TryGetCached()
    {
        if (_cached is not { } cached)
        {
            return null;
        }
        var refreshAt = cached.RefreshOn ?? cached.ExpiresOn - RefreshMargin;
        return _time.GetUtcNow() < refreshAt ? cached.Token : null;
    }

    public void Dispose() => _refresh.Dispose();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Managed identity token for the Bot Connector acquired, expires {ExpiresOn}")]
    private partial void LogTokenAcquired(DateTimeOffset expiresOn);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not get a managed identity token for the Bot Connector")]
    private partial void LogTokenFailed(Exception ex);
}
