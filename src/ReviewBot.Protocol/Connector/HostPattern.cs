using System.Net;

namespace ReviewBot.Protocol.Connector;

/// <summary>One allow-list entry: an exact host, an IP address, or <c>*.domain.tld</c> (any subdomain, not the domain itself).</summary>
internal sealed record HostPattern(string Host, bool Subdomains, IPAddress? Address)
{
    public static HostPattern? Parse(string? pattern)
    {
        var value = pattern?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        var subdomains = value.StartsWith("*.", StringComparison.Ordinal);
        if (subdomains)
        {
            value = value[2..];
        }
        if (IPAddress.TryParse(value.Trim('[', ']'), out var address))
        {
            return subdomains ? null : new HostPattern(address.ToString(), false, address);
        }
        value = Normalize(value);
        var wellFormed = value.Length > 0 && Uri.CheckHostName(value) == UriHostNameType.Dns;
        // A wildcard needs at least two labels after it: "*.com" would allow the whole top-level domain.
        return !wellFormed || (subdomains && !value.Contains('.')) ? null : new HostPattern(value, subdomains, null);
    }

    public bool Matches(Uri uri)
    {
        if (Address is not null)
        {
            return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && address.Equals(Address);
        }
        var host = Normalize(uri.IdnHost);
        return Subdomains
            ? host.Length > Host.Length + 1 && host.EndsWith("." + Host, StringComparison.Ordinal)
            : host == Host;
    }

    public static string Normalize(string host) => host.TrimEnd('.').ToLowerInvariant();
}
