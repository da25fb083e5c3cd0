namespace ReviewBot.Host.Authentication;

/// <summary>
/// How tokens on <c>POST /api/messages</c> are validated (section <c>InboundAuthentication</c>).
/// Used only when <see cref="BotIdentityOptions.MicrosoftAppId"/> is set. Empty lists mean the public-cloud defaults.
/// </summary>
public sealed class InboundAuthenticationOptions
{
    public const string SectionName = "InboundAuthentication";

    public const string DefaultBotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEntraOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string TenantPlaceholder = "{tenantid}";

    public static IReadOnlyList<string> DefaultBotFrameworkIssuers { get; } = ["https://api.botframework.com"];

    public static IReadOnlyList<string> DefaultEntraIssuerTemplates { get; } =
        ["https://login.microsoftonline.com/{tenantid}/v2.0", "https://sts.windows.net/{tenantid}/"];

    /// <summary>The Bot Framework tenants whose Entra tokens multi-tenant bots accept (auth v3.1, v3.2, Agents SDK).</summary>
    public static IReadOnlyList<string> DefaultMultiTenantEntraTenants { get; } =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "69e9b82d-4842-4902-8d1e-abc5b98a55e8"];

    /// <summary>OpenID metadata of Bot Framework channel tokens; its JWKS carries each key's <c>endorsements</c>.</summary>
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = DefaultBotFrameworkOpenIdMetadataUrl;

    /// <summary>Accepted <c>iss</c> values of channel tokens (US Gov: <c>https://api.botframework.us</c>).</summary>
    public List<string> BotFrameworkIssuers { get; set; } = [];

    /// <summary>OpenID metadata of Entra-issued tokens for the bot.</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = DefaultEntraOpenIdMetadataUrl;

    /// <summary>Accepted Entra issuers, with <c>{tenantid}</c> standing for the token's <c>tid</c>.</summary>
    public List<string> EntraIssuerTemplates { get; set; } = [];

    /// <summary>
    /// Tenants whose Entra tokens are accepted. Empty: SingleTenant/UserAssignedMSI bots accept only
    /// <c>MicrosoftAppTenantId</c>; MultiTenant bots accept the Bot Framework tenants plus <c>MicrosoftAppTenantId</c> if set.
    /// </summary>
    public List<string> EntraTenantIds { get; set; } = [];

    /// <summary>Tolerance for <c>nbf</c>/<c>exp</c>; Bot Framework specifies 5 minutes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Least time between two metadata refreshes caused by an unknown <c>kid</c> (or a bad signature/issuer).</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the metadata and keys are refreshed regardless (Bot Framework requires at least daily; minimum 5 minutes).</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Timeout for fetching the metadata documents.</summary>
    public TimeSpan MetadataTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Written into <c>activity.callerId</c> after a token was validated (the wire value is never trusted).</summary>
    public string CallerId { get; set; } = "urn:botframework:azure";

    internal IReadOnlyList<string> EffectiveBotFrameworkIssuers =>
        BotFrameworkIssuers.Count > 0 ? BotFrameworkIssuers : DefaultBotFrameworkIssuers;

    internal IReadOnlyList<string> EffectiveEntraIssuerTemplates =>
        EntraIssuerTemplates.Count > 0 ? EntraIssuerTemplates : DefaultEntraIssuerTemplates;

    internal IReadOnlyList<string> EffectiveEntraTenants(BotIdentityOptions identity)
    {
        if (EntraTenantIds.Count > 0)
        {
            return EntraTenantIds;
        }
        var own = string.IsNullOrWhiteSpace(identity.MicrosoftAppTenantId) ? [] : new[] { identity.MicrosoftAppTenantId };
        return identity.IsTenantBound ? own : [.. DefaultMultiTenantEntraTenants, .. own];
    }
}
