using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ReviewBot.Host.Authentication;

internal static class InboundAuthenticationServices
{
    /// <summary>
    /// IdentityModel refreshes signing keys in the background by default, so the first token signed with a
    /// rotated key would fail. Blocking mode fetches the metadata during that request instead (still at most
    /// once per <see cref="InboundAuthenticationOptions.KeyRefreshInterval"/>) and re-validates the token.
    /// </summary>
    private const string BlockingRefreshSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    public static IServiceCollection AddInboundAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        AppContext.SetSwitch(BlockingRefreshSwitch, true);

        services.AddOptions<BotIdentityOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotIdentityOptions>, BotIdentityOptionsValidator>();
        services.AddOptions<InboundAuthenticationOptions>()
            .Bind(configuration.GetSection(InboundAuthenticationOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<InboundAuthenticationOptions>, InboundAuthenticationOptionsValidator>();

        services.AddAuthentication()
            .AddPolicyScheme(BotAuthenticationSchemes.Inbound, displayName: null, o => o.ForwardDefaultSelector = InboundSchemeSelector.Select)
            .AddJwtBearer(BotAuthenticationSchemes.BotFramework)
            .AddJwtBearer(BotAuthenticationSchemes.Entra);
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();
        services.AddSingleton<InboundAuthenticator>();
        return services;
    }
}
