namespace ReviewBot.Host.Authentication;

/// <summary>Who sent a request to the messaging endpoint, as far as the request headers tell.</summary>
internal sealed record InboundCaller(
    string? Scheme,
    string? ServiceUrlClaim,
    IReadOnlyCollection<string> Endorsements,
    int RefusalStatus = 0,
    string? RefusalReason = null)
{
    /// <summary>Authentication is disabled (no app id) and the caller is on this machine.</summary>
    public static InboundCaller Anonymous { get; } = new(null, null, []);

    public bool IsRefused => RefusalStatus != 0;
    public bool IsAnonymous => !IsRefused && Scheme is null;

    public static InboundCaller Refused(int status, string reason) => new(null, null, [], status, reason);
}

/// <summary>Why an authenticated request may still not be processed, decided once the activity is parsed.</summary>
internal sealed record ActivityRefusal(int Status, string Reason);
