using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ReviewBot.Host.Authentication;

/// <summary>
/// Accepts an Entra issuer only when it is one of the templates filled with the token's own <c>tid</c>,
/// and that tenant is allowed for this bot.
/// </summary>
internal sealed class EntraIssuerValidator(IReadOnlyList<string> issuerTemplates, IReadOnlyCollection<string> allowedTenants)
{
    public string Validate(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var tenant = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("tid", out var tid) ? tid : null;
        if (string.IsNullOrEmpty(tenant))
        {
            throw new SecurityTokenInvalidIssuerException("The Entra token has no tid claim.") { InvalidIssuer = issuer };
        }
        if (!allowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase))
        {
            throw new SecurityTokenInvalidIssuerException("The Entra token comes from a tenant this bot does not accept.") { InvalidIssuer = issuer };
        }
        foreach (var template in issuerTemplates)
        {
            var expected = template.Replace(InboundAuthenticationOptions.TenantPlaceholder, tenant, StringComparison.Ordinal);
            if (string.Equals(issuer, expected, StringComparison.Ordinal))
            {
                return issuer;
            }
        }
        throw new SecurityTokenInvalidIssuerException("The Entra token's issuer does not match its tenant.") { InvalidIssuer = issuer };
    }
}
