using System.Text.Json.Nodes;
using ReviewBot.Protocol.Connector;
using ReviewBot.Protocol.Schema;
using ReviewBot.Protocol.Tests.Support;

namespace ReviewBot.Protocol.Tests.Connector;

/// <summary>
/// Sends to one conversation arrive one at a time in call order and within Teams' per-conversation limits; other
/// conversations are not held up. Every time below is taken by the fake server when a request arrived.
/// </summary>
public sealed class ConnectorClientOrderingTests : IAsyncLifetime
{
    private FakeConnector _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Twenty_concurrent_sends_to_one_conversation_arrive_one_at_a_time_in_call_order()
    {
        await using var harness = ConnectorHarness.Create(ConnectorHarness.FastSettings());
        // Earlier messages are answered more slowly, so any overlap would let later ones overtake them.
        _fake.Latency = request => TimeSpan.FromMilliseconds(40 - (2 * NumberIn(request)));
        var gate = (ConversationGate)harness.Services.GetService(typeof(ConversationGate))!;

        var sends = Enumerable.Range(0, 20).Select(i => harness.Client.SendAsync(_fake.BaseUri.ToString(), Message("a:1", i), CancellationToken.None)).ToList();
        await Task.WhenAll(sends);

        Assert.Equal(Enumerable.Range(0, 20), _fake.Requests.Select(NumberIn));
        Assert.Equal(1, _fake.MaxInFlight);
        Assert.Equal(0, gate.ActiveConversations);
    }

    [Fact]
    public async Task A_retry_keeps_the_later_sends_waiting_behind_it()
    {
        await using var harness = ConnectorHarness.Create(ConnectorHarness.FastSettings());
        _fake.Responder = (request, previous) => NumberIn(request) == 0 && previous == 0
            ? new FakeResponse(503)
            : _fake.Default(request, previous);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(i => harness.Client.SendAsync(_fake.BaseUri.ToString(), Message("a:1", i), CancellationToken.None)));

        Assert.Equal([0, 0, 1, 2], _fake.Requests.Select(NumberIn));
    }

    [Fact]
    public async Task Different_conversations_are_sent_in_parallel()
    {
        await using var harness = ConnectorHarness.Create(ConnectorHarness.FastSettings());
        _fake.Latency = _ => TimeSpan.FromMilliseconds(300);

        await Task.WhenAll(
            harness.Client.SendAsync(_fake.BaseUri.ToString(), Message("a:1", 0), CancellationToken.None),
            harness.Client.SendAsync(_fake.BaseUri.ToString(), Message("a:2", 0), CancellationToken.None),
            harness.Client.SendAsync(_fake.BaseUri.ToString(), Message("19:x@thread.v2", 0), CancellationToken.None));

        Assert.Equal(3, _fake.MaxInFlight);
    }

    [Fact]
    public async Task Teams_default_limits_hold_for_a_burst_to_one_conversation()
    {
        var settings = ConnectorHarness.FastSettings();
        settings.Remove("Connector:SendRateLimits:0:Permits");
        settings.Remove("Connector:SendRateLimits:0:Window");
        await using var harness = ConnectorHarness.Create(settings);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => harness.Client.SendAsync(_fake.BaseUri.ToString(), Message("a:1", i), CancellationToken.None)));

        var arrivals = _fake.Requests.Select(r => r.ReceivedAt).ToList();
        Assert.Equal(10, arrivals.Count);
        Assert.True(MostInAnyWindow(arrivals, TimeSpan.FromSeconds(1)) <= 7, Describe(arrivals));
        Assert.True(MostInAnyWindow(arrivals, TimeSpan.FromSeconds(2)) <= 8, Describe(arrivals));
        Assert.Equal(7, MostInAnyWindow(arrivals, TimeSpan.FromMilliseconds(900)));
    }

    [Fact]
    public async Task A_configured_limit_holds_and_is_counted_per_conversation()
    {
        var settings = ConnectorHarness.FastSettings();
        settings["Connector:SendRateLimits:0:Permits"] = "3";
        settings["Connector:SendRateLimits:0:Window"] = "00:00:00.500";
        await using var harness = ConnectorHarness.Create(settings);

        await Task.WhenAll(Enumerable.Range(0, 8).SelectMany(i => new[]
        {
            harness.Client.SendAsync(_fake.BaseUri.ToString(), Message("a:1", i), CancellationToken.None),
            harness.Client.SendAsync(_fake.BaseUri.ToString(), Message("a:2", i), CancellationToken.None),
        }));

        foreach (var conversation in new[] { "a%3A1", "a%3A2" })
        {
            var arrivals = _fake.Requests.Where(r => r.RawTarget.Contains(conversation, StringComparison.Ordinal)).Select(r => r.ReceivedAt).ToList();
            Assert.Equal(8, arrivals.Count);
            Assert.True(MostInAnyWindow(arrivals, TimeSpan.FromMilliseconds(500)) <= 3, Describe(arrivals));
        }
        // Both conversations used their first window at once: neither waited for the other's budget.
        var firstWindow = _fake.Requests.Where(r => r.ReceivedAt < _fake.Requests[0].ReceivedAt + TimeSpan.FromMilliseconds(550)).ToList();
        Assert.Equal(6, firstWindow.Count);
    }

    [Fact]
    public void A_channel_thread_is_limited_as_its_channel()
    {
        Assert.Equal("19:abc@thread.tacv2", ConversationRateLimiter.KeyOf("19:abc@thread.tacv2;messageid=1712"));
        Assert.Equal("a:1", ConversationRateLimiter.KeyOf("a:1"));
    }

    private static int MostInAnyWindow(IReadOnlyList<TimeSpan> arrivals, TimeSpan window)
    {
        var sorted = arrivals.Order().ToList();
        return sorted.Select((start, i) => sorted.Skip(i).Count(t => t - start < window)).Max();
    }

    private static string Describe(IEnumerable<TimeSpan> arrivals) =>
        "arrivals (ms): " + string.Join(", ", arrivals.Select(t => (int)t.TotalMilliseconds));

    private static Activity Message(string conversationId, int number) => new()
    {
        Type = ActivityTypes.Message,
        Text = $"第{number}条",
        Conversation = new ConversationAccount { Id = conversationId },
        Value = JsonNode.Parse($"{{\"n\":{number}}}") is { } value ? System.Text.Json.JsonSerializer.SerializeToElement(value) : null,
    };

    private static int NumberIn(RecordedRequest request) => (int)JsonNode.Parse(request.Body)!["value"]!["n"]!;
}
