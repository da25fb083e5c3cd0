using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Protocol.Connector;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Protocol.Tests.Connector;

public sealed class ActivitySplitterTests
{
    private const int Limit = 8 * 1024;

    [Fact]
    public void A_message_within_the_limit_is_sent_as_serialized()
    {
        var activity = Message("简短回复");

        var payload = Assert.Single(ActivitySplitter.ToPayloads(activity, Limit));

        Assert.Equal(JsonSerializer.Serialize(activity, ProtocolJson.Options), payload);
    }

    [Fact]
    public void Size_is_counted_as_utf16_bytes_of_the_json()
    {
        var fits = Message(new string('材', 1000));
        var json = JsonSerializer.Serialize(fits, ProtocolJson.Options);

        Assert.Single(ActivitySplitter.ToPayloads(fits, json.Length * 2));
        Assert.True(ActivitySplitter.ToPayloads(fits, (json.Length * 2) - 2).Count > 1);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_count_as_two_utf16_units()
    {
        var fits = Message(string.Concat(Enumerable.Repeat("整改😀", 300)));
        var json = JsonSerializer.Serialize(fits, ProtocolJson.Options);

        Assert.Single(ActivitySplitter.ToUtf8Payloads(fits, json.Length * 2));
        Assert.True(ActivitySplitter.ToUtf8Payloads(fits, (json.Length * 2) - 2).Count > 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void The_utf8_payloads_are_the_payloads_encoded(int paragraphs)
    {
        var activity = Message(LongText(paragraphs, length: 400));
        activity.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", text = "卡片" }) }];

        var utf8 = ActivitySplitter.ToUtf8Payloads(activity, Limit);

        Assert.Equal(ActivitySplitter.ToPayloads(activity, Limit), utf8.Select(p => System.Text.Encoding.UTF8.GetString(p.Span)));
        Assert.Equal(paragraphs > 1, utf8.Count > 1);
    }

    [Fact]
    public void A_long_message_becomes_text_parts_then_an_attachment_part_each_within_the_limit()
    {
        var activity = Message(LongText(paragraphs: 20, length: 400));
        activity.ChannelData = JsonSerializer.SerializeToElement(new { notification = new { alert = true } });
        activity.Summary = "对照检查材料初稿";
        activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("修改"), CardAction.ImBack("导出")] };
        activity.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", version = "1.5" }) }];
        activity.Entities = [new Entity { Type = "clientInfo" }];

        var parts = ActivitySplitter.ToPayloads(activity, Limit).Select(p => JsonNode.Parse(p)!.AsObject()).ToList();

        Assert.True(parts.Count >= 3);
        Assert.All(parts, part => Assert.True(part.ToJsonString(ProtocolJson.Options).Length * 2 <= Limit));
        var texts = parts.Where(p => p.ContainsKey("text")).ToList();
        var attachmentPart = parts[^1];
        Assert.Equal(activity.Text, string.Join("\n\n", texts.Select(p => (string)p["text"]!)));
        Assert.All(parts, part => Assert.Equal("a:1", (string?)part["conversation"]!["id"]));
        Assert.All(parts, part => Assert.Equal("1712", (string?)part["replyToId"]));

        Assert.True(texts[0].ContainsKey("channelData") && texts[0].ContainsKey("summary") && texts[0].ContainsKey("entities"));
        Assert.All(parts.Skip(1), part => Assert.False(part.ContainsKey("channelData") || part.ContainsKey("summary")));
        Assert.True(texts[^1].ContainsKey("suggestedActions"));
        Assert.Single(parts, part => part.ContainsKey("suggestedActions"));
        Assert.False(attachmentPart.ContainsKey("text"));
        Assert.Equal("AdaptiveCard", (string?)attachmentPart["attachments"]![0]!["content"]!["type"]);
        Assert.Single(parts, part => part.ContainsKey("attachments"));
    }

    [Fact]
    public void A_mention_goes_with_the_part_that_contains_its_text()
    {
        var text = LongText(paragraphs: 10, length: 500) + "\n\n<at>王芳</at> 请确认以上内容";
        var activity = Message(text);
        activity.Entities = [MentionOf("<at>王芳</at>")];

        var parts = ActivitySplitter.ToPayloads(activity, Limit).Select(p => JsonNode.Parse(p)!.AsObject()).ToList();

        Assert.True(parts.Count > 1);
        var withMention = Assert.Single(parts, part => part.ContainsKey("entities"));
        Assert.Contains("<at>王芳</at>", (string)withMention["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Attachments_too_big_together_go_one_per_message()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount { Id = "a:1" },
            Attachments = [.. Enumerable.Range(0, 3).Select(i => new Attachment
            {
                ContentType = ContentTypes.AdaptiveCard,
                Content = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", body = new string('表', 1500) }),
            })],
        };

        var parts = ActivitySplitter.ToPayloads(activity, Limit);

        Assert.Equal(3, parts.Count);
        Assert.All(parts, part => Assert.Single(JsonNode.Parse(part)!["attachments"]!.AsArray()));
    }

    [Fact]
    public void Only_messages_are_split()
    {
        var invokeResponse = new Activity { Type = "trace", Text = LongText(10, 1000), Conversation = new ConversationAccount { Id = "a:1" } };

        Assert.Single(ActivitySplitter.ToPayloads(invokeResponse, Limit));
    }

    private static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = TextFormats.Markdown,
        ReplyToId = "1712",
        Conversation = new ConversationAccount { Id = "a:1" },
    };

    private static Entity MentionOf(string text) => JsonSerializer.Deserialize<Entity>(
        $$"""{"type":"mention","mentioned":{"id":"29:abc","name":"王芳"},"text":"{{text}}"}""", ProtocolJson.Options)!;

    internal static string LongText(int paragraphs, int length) =>
        string.Join("\n\n", Enumerable.Range(1, paragraphs).Select(i => $"（{i}）" + new string((char)('甲' + (i % 10)), length)));
}
