namespace ReviewBot.Files;

/// <summary>Settings of file delivery, section <c>Files</c>. Validated at start-up by <see cref="FilesOptionsValidator"/>.</summary>
public sealed class FilesOptions
{
    public const string SectionName = "Files";

    /// <summary>The bot's root setting whose presence means "real Teams" (see <see cref="BotHasAppId"/>).</summary>
    public const string AppIdSetting = "MicrosoftAppId";

    /// <summary>
    /// The address users reach this server at (e.g. <c>https://bot.example.org</c>); download links are
    /// <c>{PublicBaseUrl}/files/…</c>. Empty: the address the server listens on (local development only; required
    /// when <c>MicrosoftAppId</c> is set).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a download link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an unanswered Teams file-consent card can still be accepted.</summary>
    public TimeSpan ConsentLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Time allowed for one upload attempt to the Teams <c>uploadUrl</c> (two attempts are made).</summary>
    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest file accepted for delivery (one PUT to OneDrive must stay under 60 MiB).</summary>
    public int MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How often expired files are deleted from storage; zero turns the background sweep off.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Use Teams' file-consent flow in personal chats (the manifest must set <c>supportsFiles</c>); false sends links everywhere.</summary>
    public bool TeamsFileConsent { get; set; } = true;

    /// <summary>
    /// Whether the bot runs with an app id (<c>MicrosoftAppId</c>), i.e. behind the real Bot Connector. Without one
    /// (Agents Playground, Emulator) Teams cards such as the file-consent card cannot be rendered. Not bound from the
    /// <c>Files</c> section: set from the root setting by <see cref="FilesServiceCollectionExtensions.AddReviewBotFiles"/>.
    /// </summary>
    public bool BotHasAppId { get; set; }
}
