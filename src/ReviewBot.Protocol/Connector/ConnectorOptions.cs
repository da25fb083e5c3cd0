namespace ReviewBot.Protocol.Connector;

/// <summary>Outbound Bot Connector settings (section <c>Connector</c>).</summary>
public sealed record ConnectorOptions
{
    public const string SectionName = "Connector";

    /// <summary>
    /// Hosts that Teams and Azure Bot Service hand out as serviceUrl: public Teams, GCC, GCC High, DoD, the Bot Framework
    /// channels (Web Chat, Direct Line) and the US Government Bot Service. <c>trafficmanager.net</c> is a shared namespace,
    /// so only the exact Teams host is listed.
    /// </summary>
    public static IReadOnlyList<string> DefaultServiceHosts { get; } =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
        "*.botframework.com",
        "*.botframework.azure.us",
    ];

    /// <summary>Teams' per-bot, per-conversation send limits: 7 in 1 s, 8 in 2 s, 60 in 30 s.</summary>
    public static IReadOnlyList<SendRateLimit> TeamsSendRateLimits { get; } =
    [
        new() { Permits = 7, Window = TimeSpan.FromSeconds(1) },
        new() { Permits = 8, Window = TimeSpan.FromSeconds(2) },
        new() { Permits = 60, Window = TimeSpan.FromSeconds(30) },
    ];

    /// <summary>Whether <see cref="DefaultServiceHosts"/> are allowed in addition to <see cref="AllowedServiceHosts"/>.</summary>
    public bool IncludeDefaultServiceHosts { get; set; } = true;

    /// <summary>Extra serviceUrl hosts that may receive the bot's token: exact names, IP literals, or <c>*.example.com</c> for subdomains.</summary>
    public List<string> AllowedServiceHosts { get; set; } = [];

    /// <summary>Largest activity sent as one message, counted as the UTF-16 size of its JSON (Teams' limit is about 100 KB).</summary>
    public int MaxActivityBytes { get; set; } = 80 * 1024;

    /// <summary>Send limits per conversation; empty means <see cref="TeamsSendRateLimits"/>.</summary>
    public List<SendRateLimit> SendRateLimits { get; set; } = [];

    /// <summary>Extra time added to every rate-limit window, so that network jitter cannot make sends look closer together.</summary>
    public TimeSpan SendRateMargin { get; set; } = TimeSpan.FromMilliseconds(100);

    public ConnectorRetryOptions Retry { get; set; } = new();

    public IEnumerable<string> EffectiveServiceHosts =>
        IncludeDefaultServiceHosts ? DefaultServiceHosts.Concat(AllowedServiceHosts) : AllowedServiceHosts;

    public IReadOnlyList<SendRateLimit> EffectiveSendRateLimits =>
        SendRateLimits.Count > 0 ? SendRateLimits : TeamsSendRateLimits;
}

/// <summary>At most <see cref="Permits"/> sends to one conversation in any <see cref="Window"/>.</summary>
public sealed record SendRateLimit
{
    public int Permits { get; set; }

    public TimeSpan Window { get; set; }
}

/// <summary>Retries of one Connector call: exponential backoff with jitter, Retry-After honoured, all within <see cref="TotalTimeout"/>.</summary>
public sealed record ConnectorRetryOptions
{
    /// <summary>412, 429 and 502-504 as Teams documents; 500 too, since Teams' 500s are mostly transient.</summary>
    public static IReadOnlyList<int> DefaultRetryStatusCodes { get; } = [412, 429, 500, 502, 503, 504];

    public int MaxRetries { get; set; } = 3;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>A Retry-After longer than this is not waited for: the call fails at once with the 429.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The whole call including retries; Teams gives a turn about 10-15 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Status codes that are retried; empty means <see cref="DefaultRetryStatusCodes"/>.</summary>
    public List<int> RetryStatusCodes { get; set; } = [];

    public IReadOnlyList<int> EffectiveRetryStatusCodes =>
        RetryStatusCodes.Count > 0 ? RetryStatusCodes : DefaultRetryStatusCodes;
}
