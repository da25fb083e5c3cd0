using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ReviewBot.Files.Links;

/// <summary>
/// The base address download links start with: <see cref="FilesOptions.PublicBaseUrl"/>, or else (local development)
/// the first address the server listens on, with a wildcard host replaced by <c>localhost</c>.
/// </summary>
public sealed class PublicBaseUrl(IOptions<FilesOptions> options, IServiceProvider services)
{
    public string Resolve()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return options.Value.PublicBaseUrl.Trim().TrimEnd('/');
        }
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault(a => a.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                "Files:PublicBaseUrl is not set and the server's listening address is unknown; set Files:PublicBaseUrl to the address users reach the bot at.");
        return ReplaceWildcardHost(first).TrimEnd('/');
    }

    private static string ReplaceWildcardHost(string address)
    {
        foreach (var wildcard in new[] { "://0.0.0.0", "://[::]", "://+", "://*" })
        {
            var at = address.IndexOf(wildcard, StringComparison.Ordinal);
            if (at >= 0)
            {
                return string.Concat(address.AsSpan(0, at), "://localhost", address.AsSpan(at + wildcard.Length));
            }
        }
        return address;
    }
}
