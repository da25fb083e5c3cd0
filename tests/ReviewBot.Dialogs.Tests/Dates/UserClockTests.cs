using Microsoft.Extensions.Time.Testing;
using ReviewBot.Dialogs.Dates;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Tests.Dates;

public sealed class UserClockTests
{
    // 17:00 UTC on 30 June is already 1 July in Beijing.
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2024, 6, 30, 17, 0, 0, TimeSpan.Zero));

    private static readonly UserClock Clock = new(Time, UserClock.FindTimeZone(UserClock.DefaultTimeZoneId));

    [Fact]
    public void Without_local_time_from_the_client_the_default_zone_decides_the_date()
    {
        Assert.Equal(new DateOnly(2024, 7, 1), Clock.Today(new Activity()));
    }

    [Fact]
    public void The_offset_of_the_activity_local_timestamp_decides_the_date()
    {
        var activity = new Activity { LocalTimestamp = new DateTimeOffset(2024, 6, 30, 11, 0, 0, TimeSpan.FromHours(-5)) };

        Assert.Equal(new DateOnly(2024, 6, 30), Clock.Today(activity));
    }

    [Fact]
    public void A_known_local_timezone_name_is_used_when_there_is_no_timestamp()
    {
        Assert.Equal(new DateOnly(2024, 6, 30), Clock.Today(new Activity { LocalTimezone = "America/New_York" }));
        Assert.Equal(new DateOnly(2024, 7, 1), Clock.Today(new Activity { LocalTimezone = "Not/A_Zone" }));
    }
}
