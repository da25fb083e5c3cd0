using System.Net;

namespace ReviewBot.Host.Authentication;

internal static class LoopbackAddress
{
    /// <summary>127.0.0.0/8, ::1 (also IPv4-mapped) or <c>localhost</c>.</summary>
    public static bool IsLoopbackUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;

    public static bool IsLoopback(IPAddress? address) =>
        address is not null && (IPAddress.IsLoopback(address) || (address.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(address.MapToIPv4())));
}
