using Microsoft.Extensions.Options;
using ReviewBot.Protocol.Auth;
using ReviewBot.Protocol.Connector;

namespace ReviewBot.Protocol.Tests.Connector;

public sealed class ServiceUrlPolicyTests
{
    private static ServiceUrlPolicy Policy(bool appId, bool includeDefaults = true, params string[] extra) => new(
        Options.Create(new ConnectorOptions { IncludeDefaultServiceHosts = includeDefaults, AllowedServiceHosts = [.. extra] }),
        Options.Create(new BotCredentialsOptions { MicrosoftAppId = appId ? "0f6a1d3e-2b4c-4d5e-8f90-a1b2c3d4e5f6" : null }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/teams", "https://smba.trafficmanager.net/teams/")]
    [InlineData("https://SMBA.TrafficManager.NET/emea/", "https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net./apac/", "https://smba.trafficmanager.net./apac/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc", "https://smba.infra.gcc.teams.microsoft.com/gcc/")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/gcch", "https://smba.infra.gov.teams.microsoft.us/gcch/")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/dod", "https://smba.infra.dod.teams.microsoft.us/dod/")]
    [InlineData("https://webchat.botframework.com/", "https://webchat.botframework.com/")]
    [InlineData("https://europe.directline.botframework.com", "https://europe.directline.botframework.com/")]
    public void Teams_and_Bot_Framework_hosts_are_allowed_by_default_with_the_token(string serviceUrl, string expectedBase)
    {
        var decision = Policy(appId: true).Evaluate(serviceUrl);

        Assert.True(decision.IsAllowed, decision.RefusalReason);
        Assert.True(decision.AttachToken);
        Assert.Equal(expectedBase, decision.BaseUri!.ToString());
    }

    [Theory]
    [InlineData("https://botframework.com/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://other.trafficmanager.net/")]
    [InlineData("https://teams.microsoft.com/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer/?x=1")]
    [InlineData("https://smba.trafficmanager.net/amer/#frag")]
    [InlineData("https://a:b@smba.trafficmanager.net/amer/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("/v3/conversations")]
    [InlineData("")]
    [InlineData(null)]
    public void Everything_else_is_refused(string? serviceUrl)
    {
        var decision = Policy(appId: true).Evaluate(serviceUrl);

        Assert.False(decision.IsAllowed);
        Assert.False(decision.AttachToken);
        Assert.False(string.IsNullOrEmpty(decision.RefusalReason));
    }

    [Fact]
    public void The_defaults_can_be_switched_off()
    {
        Assert.False(Policy(appId: true, includeDefaults: false, "contoso.example").Evaluate("https://smba.trafficmanager.net/amer/").IsAllowed);
        Assert.True(Policy(appId: true, includeDefaults: false, "contoso.example").Evaluate("https://contoso.example/bot/").IsAllowed);
    }

    [Theory]
    [InlineData("*.contoso.example", "https://eu.contoso.example/", true)]
    [InlineData("*.contoso.example", "https://a.b.contoso.example/", true)]
    [InlineData("*.contoso.example", "https://contoso.example/", false)]
    [InlineData("*.contoso.example", "https://xcontoso.example/", false)]
    [InlineData("127.0.0.1", "http://127.0.0.1:5000/_connector", true)]
    [InlineData("127.0.0.1", "http://127.0.0.2:5000/_connector", false)]
    [InlineData("::1", "http://[::1]:5000/", true)]
    [InlineData("[::1]", "http://[::1]:5000/", true)]
    public void Configured_patterns_match_exact_hosts_addresses_and_subdomains(string pattern, string serviceUrl, bool allowed)
    {
        Assert.Equal(allowed, Policy(appId: true, includeDefaults: false, pattern).Evaluate(serviceUrl).IsAllowed);
    }

    [Theory]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://127.4.5.6:3978/")]
    [InlineData("http://[::1]:3978/")]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("https://LOCALHOST/_connector")]
    public void Without_an_app_id_loopback_is_allowed_without_a_token(string serviceUrl)
    {
        var decision = Policy(appId: false).Evaluate(serviceUrl);

        Assert.True(decision.IsAllowed, decision.RefusalReason);
        Assert.False(decision.AttachToken);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://10.0.0.5:3978/")]
    [InlineData("http://localhost.attacker.example/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    public void Without_an_app_id_nothing_but_loopback_is_allowed(string serviceUrl)
    {
        Assert.False(Policy(appId: false).Evaluate(serviceUrl).IsAllowed);
    }

    [Fact]
    public void Plain_http_is_refused_even_for_an_allow_listed_host_unless_it_is_loopback()
    {
        var policy = Policy(appId: true, includeDefaults: false, "bot.contoso.example", "127.0.0.1");

        Assert.False(policy.Evaluate("http://bot.contoso.example/").IsAllowed);
        Assert.True(policy.Evaluate("https://bot.contoso.example/").IsAllowed);
        Assert.True(policy.Evaluate("http://127.0.0.1:8080/").AttachToken);
    }

    [Fact]
    public void A_decision_asked_again_is_the_same_and_is_remembered()
    {
        var policy = Policy(appId: true);

        var first = policy.Evaluate("https://smba.trafficmanager.net/amer/");
        var refused = policy.Evaluate("https://evil.example/");

        Assert.Same(first, policy.Evaluate("https://smba.trafficmanager.net/amer/"));
        Assert.Same(refused, policy.Evaluate("https://evil.example/"));
        Assert.False(refused.IsAllowed);
    }

    [Fact]
    public void Past_the_remembered_limit_urls_are_still_decided_correctly()
    {
        var policy = Policy(appId: true);
        for (var i = 0; i < ServiceUrlPolicy.MaxRemembered + 10; i++)
        {
            Assert.False(policy.Evaluate($"https://evil{i}.example/").IsAllowed);
        }

        var allowed = policy.Evaluate("https://smba.trafficmanager.net/emea/");
        var refused = policy.Evaluate("https://smba.trafficmanager.net.evil.example/");

        Assert.True(allowed.IsAllowed);
        Assert.Equal("https://smba.trafficmanager.net/emea/", allowed.BaseUri!.ToString());
        Assert.False(refused.IsAllowed);
        Assert.NotSame(allowed, policy.Evaluate("https://smba.trafficmanager.net/emea/")); // not remembered, decided again
    }
}
