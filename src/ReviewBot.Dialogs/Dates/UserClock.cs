using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Dates;

/// <summary>
/// The user's local time: the offset of <c>activity.localTimestamp</c> when the client sent one, else the IANA zone in
/// <c>activity.localTimezone</c>, else <see cref="DefaultTimeZone"/> (China Standard Time unless configured).
/// </summary>
public sealed class UserClock(TimeProvider timeProvider, TimeZoneInfo defaultTimeZone)
{
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    public static UserClock Default { get; } = new(TimeProvider.System, FindTimeZone(DefaultTimeZoneId));

    public TimeZoneInfo DefaultTimeZone { get; } = defaultTimeZone;

    public DateTimeOffset Now(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var now = timeProvider.GetUtcNow();
        if (activity.LocalTimestamp is { } local)
        {
            return now.ToOffset(local.Offset);
        }
        if (!string.IsNullOrWhiteSpace(activity.LocalTimezone)
            && TimeZoneInfo.TryFindSystemTimeZoneById(activity.LocalTimezone, out var zone))
        {
            return TimeZoneInfo.ConvertTime(now, zone);
        }
        return TimeZoneInfo.ConvertTime(now, DefaultTimeZone);
    }

    public DateOnly Today(Activity activity) => DateOnly.FromDateTime(Now(activity).DateTime);

    /// <summary>The zone with this IANA (or Windows) id; a fixed UTC+8 zone when the machine has no tz data for Asia/Shanghai.</summary>
    public static TimeZoneInfo FindTimeZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone
        : id == DefaultTimeZoneId ? TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time")
        : throw new TimeZoneNotFoundException($"Unknown time zone '{id}'.");
}
