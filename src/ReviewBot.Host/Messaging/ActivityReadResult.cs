using ReviewBot.Protocol.Schema;

namespace ReviewBot.Host.Messaging;

/// <summary>A parsed, structurally valid activity, or the HTTP status and short reason for refusing the request.</summary>
internal sealed record ActivityReadResult(Activity? Activity, int Status, string? Reason)
{
    public static ActivityReadResult Ok(Activity activity) => new(activity, 0, null);

    public static ActivityReadResult Refuse(int status, string reason) => new(null, status, reason);
}
