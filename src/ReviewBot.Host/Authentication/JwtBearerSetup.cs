using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ReviewBot.Host.Authentication;

/// <summary>Configures the two JwtBearer schemes from <see cref="InboundAuthenticationOptions"/> and the bot identity.</summary>
internal sealed class JwtBearerSetup(IOptions<InboundAuthenticationOptions> authOptions, IOptions<BotIdentityOptions> identityOptions)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        var auth = authOptions.Value;
        var identity = identityOptions.Value;
        switch (name)
        {
            case BotAuthenticationSchemes.BotFramework:
                Common(options, auth, identity, auth.BotFrameworkOpenIdMetadataUrl);
                var issuers = auth.EffectiveBotFrameworkIssuers;
                options.TokenValidationParameters.IssuerValidator = (issuer, _, _) => issuers.Contains(issuer, StringComparer.Ordinal)
                    ? issuer
                    : throw new SecurityTokenInvalidIssuerException("The token's issuer is not a Bot Framework issuer.") { InvalidIssuer = issuer };
                options.Events = new JwtBearerEvents { OnTokenValidated = KeyEndorsements.AttachAsync };
                break;
            case BotAuthenticationSchemes.Entra:
                Common(options, auth, identity, auth.EntraOpenIdMetadataUrl);
                var validator = new EntraIssuerValidator(auth.EffectiveEntraIssuerTemplates, auth.EffectiveEntraTenants(identity));
                options.TokenValidationParameters.IssuerValidator = validator.Validate;
                break;
        }
    }

    private static void Common(JwtBearerOptions options, InboundAuthenticationOptions auth, BotIdentityOptions identity, string metadataUrl)
    {
        options.MetadataAddress = metadataUrl;
        // Plain http only for loopback test servers (the options validator refuses it elsewhere).
        options.RequireHttpsMetadata = !Uri.TryCreate(metadataUrl, UriKind.Absolute, out var uri) || !uri.IsLoopback;
        options.BackchannelTimeout = auth.MetadataTimeout;
        options.AutomaticRefreshInterval = auth.MetadataRefreshInterval;
        options.RefreshInterval = auth.KeyRefreshInterval;
        options.RefreshOnIssuerKeyNotFound = true;
        options.MapInboundClaims = false;
        options.SaveToken = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidAudience = identity.MicrosoftAppId?.Trim() ?? string.Empty,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = auth.ClockSkew,
            RequireSignedTokens = true,
            ValidAlgorithms = BotAuthenticationSchemes.AllowedAlgorithms,
            // The token must name its key: no fallback to trying every key of the set.
            TryAllIssuerSigningKeys = false,
        };
    }
}
