namespace ReviewBot.Host.Authentication;

/// <summary>
/// The bot's Azure identity, read from the flat Bot Framework keys at the root of the configuration
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppPassword</c>).
/// An empty <see cref="MicrosoftAppId"/> disables inbound authentication (local development only).
/// </summary>
public sealed class BotIdentityOptions
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    public string? MicrosoftAppId { get; set; }

    /// <summary><c>MultiTenant</c> (the default when empty), <c>SingleTenant</c> or <c>UserAssignedMSI</c>; case-insensitive.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Used by the outbound connector client only; never logged.</summary>
    public string? MicrosoftAppPassword { get; set; }

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Single-tenant and managed-identity bots live in one tenant; Entra tokens are accepted from it only.</summary>
    public bool IsTenantBound =>
        string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase)
        || string.Equals(MicrosoftAppType, UserAssignedMsi, StringComparison.OrdinalIgnoreCase);
}
