using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using ReviewBot.Protocol.Auth;

namespace ReviewBot.Protocol.Connector;

/// <summary>What may be done with one serviceUrl: refused, called without a token, or called with the bot's token.</summary>
public sealed record ServiceUrlDecision(Uri? BaseUri, bool AttachToken, string? RefusalReason)
{
    public bool IsAllowed => BaseUri is not null;
}

/// <summary>
/// Decides where the bot may send and where its token may go. With an app id: only allow-listed hosts, https unless
/// loopback, always with the token. Without an app id (local development): only loopback hosts, never with a token.
/// Decisions are remembered per serviceUrl (every reply asks again; the settings never change while running), up to
/// <see cref="MaxRemembered"/> of them, so a flood of distinct URLs cannot grow memory.
/// </summary>
public sealed class ServiceUrlPolicy
{
    internal const int MaxRemembered = 256;

    private readonly IReadOnlyList<HostPattern> _allowed;
    private readonly bool _hasAppId;
    private readonly ConcurrentDictionary<string, ServiceUrlDecision> _decisions = new(StringComparer.Ordinal);
    private int _remembered; // ConcurrentDictionary.Count takes every lock

    public ServiceUrlPolicy(IOptions<ConnectorOptions> connector, IOptions<BotCredentialsOptions> credentials)
    {
        _allowed = [.. connector.Value.EffectiveServiceHosts.Select(HostPattern.Parse).OfType<HostPattern>()];
        _hasAppId = credentials.Value.HasAppId;
    }

    public ServiceUrlDecision Evaluate(string? serviceUrl)
    {
        if (serviceUrl is null)
        {
            return Decide(null);
        }
        if (_decisions.TryGetValue(serviceUrl, out var known))
        {
            return known;
        }
        var decision = Decide(serviceUrl);
        if (Volatile.Read(ref _remembered) < MaxRemembered && _decisions.TryAdd(serviceUrl, decision))
        {
            Interlocked.Increment(ref _remembered);
        }
        return decision;
    }

    private ServiceUrlDecision Decide(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return Refuse("it is not an absolute http(s) URL");
        }
        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return Refuse("it carries user info, a query or a fragment");
        }
        var loopback = IsLoopback(uri);
        if (!_hasAppId)
        {
            return loopback
                ? new ServiceUrlDecision(BaseOf(uri), AttachToken: false, null)
                : Refuse("no MicrosoftAppId is configured, and without one only loopback serviceUrls are used (local development)");
        }
        if (!_allowed.Any(pattern => pattern.Matches(uri)))
        {
            return Refuse($"host '{uri.Host}' is not in Connector:AllowedServiceHosts");
        }
        if (uri.Scheme != Uri.UriSchemeHttps && !loopback)
        {
            return Refuse("the bot's token is only sent over https");
        }
        return new ServiceUrlDecision(BaseOf(uri), AttachToken: true, null);
    }

    private static ServiceUrlDecision Refuse(string reason) => new(null, false, reason);

    internal static bool IsLoopback(Uri uri) =>
        IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address)
            ? IPAddress.IsLoopback(address)
            : HostPattern.Normalize(uri.IdnHost) == "localhost";

    /// <summary>The serviceUrl with its path prefix kept (e.g. <c>/amer</c>) and exactly one trailing slash.</summary>
    private static Uri BaseOf(Uri uri) =>
        new(uri.GetLeftPart(UriPartial.Authority) + uri.AbsolutePath.TrimEnd('/') + "/");
}
