using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Builder.Tests.Turns;

/// <summary>Typing goes out for turns still running after the delay, is repeated, and stops with the turn.</summary>
public sealed class TypingIndicatorsTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingSender _sender = new();
    private readonly TypingIndicators _typing;

    public TypingIndicatorsTests() =>
        _typing = new TypingIndicators(_sender, new BotAdapterOptions { TypingDelay = TimeSpan.FromSeconds(1), TypingInterval = TimeSpan.FromSeconds(3) },
            _time, NullLogger.Instance);

    private int TypingCount => _sender.Sent.Count(s => s.Activity.Type == ActivityTypes.Typing);

    private void Advance(int milliseconds, int step = 50)
    {
        for (var elapsed = 0; elapsed < milliseconds; elapsed += step)
        {
            _time.Advance(TimeSpan.FromMilliseconds(step));
        }
    }

    /// <summary>Repeats after the first run on the pool (the delay's continuation), so counts are awaited, bounded.</summary>
    private async Task<int> TypingCountReachingAsync(int expected, int maxWaitMs = 5000)
    {
        for (var waited = 0; TypingCount < expected && waited < maxWaitMs; waited += 10)
        {
            await Task.Delay(10);
        }
        return TypingCount;
    }

    [Fact]
    public async Task A_turn_still_running_after_the_delay_gets_typing_repeated_at_the_interval_until_it_ends()
    {
        var turn = _typing.Watch(Activities.Message("a"));

        Advance(900);
        Assert.Equal(0, TypingCount);
        Advance(400);
        Assert.Equal(1, TypingCount);
        var typing = _sender.Sent.Single().Activity;
        Assert.Equal("a:conv-1", typing.Conversation!.Id);
        Assert.Equal("28:bot", typing.From!.Id);
        Assert.Equal("29:user-1", typing.Recipient!.Id);

        Advance(3000);
        Assert.Equal(2, await TypingCountReachingAsync(2));

        turn.Dispose();
        Advance(10_000);
        Assert.Equal(2, await TypingCountReachingAsync(3, maxWaitMs: 300));
    }

    [Fact]
    public void A_turn_that_ends_before_the_delay_gets_no_typing()
    {
        _typing.Watch(Activities.Message("a")).Dispose();

        Advance(5000);

        Assert.Equal(0, TypingCount);
    }

    [Fact]
    public void A_turn_that_starts_after_the_timer_stopped_is_still_watched()
    {
        _typing.Watch(Activities.Message("a")).Dispose();
        Advance(2000); // nothing in flight: the shared timer stops

        using var later = _typing.Watch(Activities.Message("b", conversation: "a:conv-2"));
        Advance(1300);

        Assert.Equal("a:conv-2", Assert.Single(_sender.Sent).Activity.Conversation!.Id);
    }

    [Fact]
    public void Each_running_turn_gets_its_own_indicator_once()
    {
        using var first = _typing.Watch(Activities.Message("a"));
        Advance(500);
        using var second = _typing.Watch(Activities.Message("b", conversation: "a:conv-2"));

        Advance(800);
        Assert.Equal(["a:conv-1"], _sender.Sent.Select(s => s.Activity.Conversation!.Id));
        Advance(500);
        Assert.Equal(["a:conv-1", "a:conv-2"], _sender.Sent.Select(s => s.Activity.Conversation!.Id));
    }

    [Fact]
    public void Only_message_turns_with_a_service_url_are_watched()
    {
        var update = Activities.Message("a");
        update.Type = ActivityTypes.ConversationUpdate;
        var noServiceUrl = Activities.Message("b");
        noServiceUrl.ServiceUrl = null;
        using var one = _typing.Watch(update);
        using var two = _typing.Watch(noServiceUrl);

        Advance(5000);

        Assert.Equal(0, TypingCount);
    }
}
