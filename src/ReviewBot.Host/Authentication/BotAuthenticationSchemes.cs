namespace ReviewBot.Host.Authentication;

/// <summary>Authentication scheme names registered by the host.</summary>
public static class BotAuthenticationSchemes
{
    /// <summary>Policy scheme: forwards to <see cref="BotFramework"/> or <see cref="Entra"/> by the token's issuer.</summary>
    public const string Inbound = "BotInbound";

    /// <summary>Tokens issued by <c>https://api.botframework.com</c> (channels through Azure Bot Service).</summary>
    public const string BotFramework = "BotFrameworkChannel";

    /// <summary>Tokens issued by Microsoft Entra ID for the bot's app id.</summary>
    public const string Entra = "EntraBotToken";

    /// <summary>Signing algorithms accepted on both schemes; <c>none</c> and HMAC are refused.</summary>
    public static IReadOnlyList<string> AllowedAlgorithms { get; } = ["RS256", "RS384", "RS512"];
}
