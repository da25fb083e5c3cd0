using ReviewBot.Protocol.Connector;

namespace ReviewBot.Protocol.Tests.Connector;

public sealed class ConversationRateLimiterTests
{
    [Theory]
    [InlineData(1, 100)]
    [InlineData(2, 100)]
    [InlineData(30, 100)]
    [InlineData(1, 0)]
    [InlineData(0.3, 0)]
    public void A_permit_comes_back_no_sooner_than_window_plus_margin(double windowSeconds, int marginMs)
    {
        var window = TimeSpan.FromSeconds(windowSeconds);
        var margin = TimeSpan.FromMilliseconds(marginMs);

        var options = ConversationRateLimiter.SlidingWindow(new SendRateLimit { Permits = 7, Window = window }, margin);

        var segment = options.Window / options.SegmentsPerWindow;
        Assert.True(segment < TimeSpan.FromMilliseconds(100), "one segment must pass per 100 ms heartbeat");
        Assert.True(options.Window - segment >= window + margin);
        Assert.Equal(7, options.PermitLimit);
    }
}
