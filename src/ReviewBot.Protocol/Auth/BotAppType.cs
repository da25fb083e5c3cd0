namespace ReviewBot.Protocol.Auth;

/// <summary>How the bot proves its identity to the Bot Connector (the <c>MicrosoftAppType</c> setting).</summary>
public enum BotAppType
{
    /// <summary>Client secret against the <c>botframework.com</c> tenant (no new registrations since 2025-07-31).</summary>
    MultiTenant,

    /// <summary>Client secret against the bot's own tenant (<c>MicrosoftAppTenantId</c>).</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity whose client id is <c>MicrosoftAppId</c>; no secret.</summary>
    UserAssignedMSI,
}
