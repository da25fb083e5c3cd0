using Azure.Core;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Protocol.Auth;

namespace ReviewBot.Protocol.Tests.Auth;

public sealed class ManagedIdentityTokenProviderTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_token_is_reused_until_five_minutes_before_it_expires()
    {
        var credential = new CountingCredential(_clock, TimeSpan.FromHours(1));
        using var provider = new ManagedIdentityTokenProvider(credential, "https://api.botframework.com/.default", _clock, NullLogger<ManagedIdentityTokenProvider>.Instance);

        var first = await provider.GetTokenAsync(false, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(54));
        var stillCached = await provider.GetTokenAsync(false, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(2));
        var refreshed = await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal("mi-1", first);
        Assert.Equal("mi-1", stillCached);
        Assert.Equal("mi-2", refreshed);
        Assert.Equal(["https://api.botframework.com/.default"], credential.LastScopes);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_request_and_a_forced_refresh_bypasses_the_cache()
    {
        var credential = new CountingCredential(_clock, TimeSpan.FromHours(1)) { Delay = TimeSpan.FromMilliseconds(100) };
        using var provider = new ManagedIdentityTokenProvider(credential, "https://api.botframework.com/.default", _clock, NullLogger<ManagedIdentityTokenProvider>.Instance);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => provider.GetTokenAsync(false, CancellationToken.None)));
        var forced = await provider.GetTokenAsync(forceRefresh: true, CancellationToken.None);

        Assert.All(tokens, token => Assert.Equal("mi-1", token));
        Assert.Equal("mi-2", forced);
        Assert.Equal(2, credential.Calls);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    private sealed class CountingCredential(TimeProvider clock, TimeSpan lifetime) : TokenCredential
    {
        private int _calls;

        public int Calls => _calls;

        public TimeSpan Delay { get; init; }

        public string[] LastScopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The provider must use the async path.");

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            var number = Interlocked.Increment(ref _calls);
            LastScopes = requestContext.Scopes;
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, cancellationToken);
            }
            return new AccessToken($"mi-{number}", clock.GetUtcNow() + lifetime);
        }
    }
}
