using ReviewBot.Protocol.Auth;

namespace ReviewBot.Protocol.Tests.Support;

/// <summary>Hands out "token-1", "token-2"… and counts how often it was asked (a refresh gives a new token).</summary>
public sealed class CountingTokenProvider : IConnectorTokenProvider
{
    private int _calls;
    private int _issued = 1;

    public int Calls => Volatile.Read(ref _calls);

    public bool IsConfigured => true;

    public Task<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        var number = forceRefresh ? Interlocked.Increment(ref _issued) : Volatile.Read(ref _issued);
        return Task.FromResult($"token-{number}");
    }
}
