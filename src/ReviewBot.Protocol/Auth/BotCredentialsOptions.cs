using System.Text;

namespace ReviewBot.Protocol.Auth;

/// <summary>
/// The bot's identity for outbound calls, bound from the flat Bot Framework keys at the root of the configuration
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>).
/// No app id means local development: no token is sent and only loopback serviceUrls are used.
/// </summary>
public sealed record BotCredentialsOptions
{
    public const string MultiTenantAuthorityTenant = "botframework.com";

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary><c>MultiTenant</c> (default), <c>SingleTenant</c> or <c>UserAssignedMSI</c>, case-insensitive.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>The Entra login host; the authority is <c>{host}/{tenant or botframework.com}</c>. Sovereign clouds and tests change it.</summary>
    public string MicrosoftLoginHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The scope of the Connector token (Bot Builder's key of the same name).</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>False skips MSAL's authority validation and instance discovery (needed for a private or test login host).</summary>
    public bool ValidateAuthority { get; set; } = true;

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The parsed app type; null when <see cref="MicrosoftAppType"/> holds an unknown value.</summary>
    public BotAppType? AppType => string.IsNullOrWhiteSpace(MicrosoftAppType)
        ? BotAppType.MultiTenant
        : Enum.TryParse<BotAppType>(MicrosoftAppType.Trim(), ignoreCase: true, out var type) && Enum.IsDefined(type) ? type : null;

    /// <summary>The MSAL authority, e.g. <c>https://login.microsoftonline.com/botframework.com</c>.</summary>
    public string Authority
    {
        get
        {
            var tenant = AppType == BotAppType.MultiTenant || string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
                ? MultiTenantAuthorityTenant
                : MicrosoftAppTenantId.Trim();
            return $"{MicrosoftLoginHost.TrimEnd('/')}/{tenant}";
        }
    }

    // The secret never appears in logs or exception messages.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("MicrosoftAppId = ").Append(MicrosoftAppId)
            .Append(", MicrosoftAppPassword = ").Append(string.IsNullOrEmpty(MicrosoftAppPassword) ? "(empty)" : "(set)")
            .Append(", MicrosoftAppType = ").Append(MicrosoftAppType)
            .Append(", MicrosoftAppTenantId = ").Append(MicrosoftAppTenantId)
            .Append(", MicrosoftLoginHost = ").Append(MicrosoftLoginHost)
            .Append(", ToChannelFromBotOAuthScope = ").Append(ToChannelFromBotOAuthScope)
            .Append(", ValidateAuthority = ").Append(ValidateAuthority);
        return true;
    }
}
