using System.Text.Json.Nodes;
using ReviewBot.Protocol.Schema;
using ReviewBot.Protocol.Tests.Support;

namespace ReviewBot.Protocol.Tests.Connector;

public sealed class ConnectorClientSplittingTests : IAsyncLifetime
{
    private FakeConnector _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task A_long_reply_arrives_as_several_messages_cut_at_paragraphs_in_order()
    {
        var settings = ConnectorHarness.FastSettings();
        settings["Connector:MaxActivityBytes"] = "6000";
        await using var harness = ConnectorHarness.Create(settings);
        var text = ActivitySplitterTests.LongText(paragraphs: 12, length: 700);
        var reply = new Activity { Type = ActivityTypes.Message, Text = text, ReplyToId = "1712", Conversation = new ConversationAccount { Id = "a:1" } };

        var sent = await harness.Client.SendAsync(_fake.BaseUri.ToString(), reply, CancellationToken.None);

        var requests = _fake.Requests;
        Assert.True(requests.Count > 1);
        Assert.All(requests, request => Assert.True(request.Body.Length * 2 <= 6000, $"{request.Body.Length * 2} bytes"));
        Assert.All(requests, request => Assert.Equal("/v3/conversations/a%3A1/activities/1712", request.RawTarget));
        var pieces = requests.Select(r => (string)JsonNode.Parse(r.Body)!["text"]!).ToList();
        Assert.Equal(text, string.Join("\n\n", pieces));
        Assert.All(pieces, piece => Assert.StartsWith("（", piece, StringComparison.Ordinal));
        // The id returned is that of the last message (the fake numbers them from 1001).
        Assert.Equal((1000 + requests.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), sent?.Id);
    }
}
