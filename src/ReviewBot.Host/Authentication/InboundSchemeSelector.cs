using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ReviewBot.Host.Authentication;

/// <summary>
/// Picks the scheme for a bearer token by its (not yet validated) issuer. Anything that is not recognisably
/// an Entra token goes to the Bot Framework scheme, which then rejects it.
/// </summary>
internal static class InboundSchemeSelector
{
    private const string BearerPrefix = "Bearer ";

    public static string Select(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationSchemes.BotFramework;
        }
        var issuer = TryReadIssuer(header[BearerPrefix.Length..].Trim());
        var options = context.RequestServices.GetRequiredService<IOptions<InboundAuthenticationOptions>>().Value;
        return issuer is not null && IsEntraIssuer(issuer, options)
            ? BotAuthenticationSchemes.Entra
            : BotAuthenticationSchemes.BotFramework;
    }

    internal static bool IsEntraIssuer(string issuer, InboundAuthenticationOptions options)
    {
        foreach (var template in options.EffectiveEntraIssuerTemplates)
        {
            var prefix = template[..template.IndexOf(InboundAuthenticationOptions.TenantPlaceholder, StringComparison.Ordinal)];
            if (issuer.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static string? TryReadIssuer(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
