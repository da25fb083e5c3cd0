using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Protocol.Tests.Schema;

/// <summary>What the bot puts on the wire: exact camelCase names and enum spellings, no nulls (the Playground answers 400 to them).</summary>
public sealed class WireFormatTests
{
    [Fact]
    public void Outgoing_message_uses_exact_wire_names_and_values()
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "请选择要准备的材料",
            TextFormat = TextFormats.Markdown,
            InputHint = InputHints.ExpectingInput,
            ReplyToId = "1712345678901",
            Conversation = new ConversationAccount { Id = "a:1Xy9" },
            SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("民主生活会")] },
        };

        var json = JsonSerializer.Serialize(reply, ProtocolJson.Options);

        Assert.Contains("\"textFormat\":\"markdown\"", json, StringComparison.Ordinal);
        Assert.Contains("\"inputHint\":\"expectingInput\"", json, StringComparison.Ordinal);
        Assert.Contains("\"replyToId\":\"1712345678901\"", json, StringComparison.Ordinal);
        Assert.Contains("\"suggestedActions\":{\"actions\":[{\"type\":\"imBack\",\"title\":\"民主生活会\",\"value\":\"民主生活会\"}]}", json, StringComparison.Ordinal);
        Assert.Contains("请选择要准备的材料", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Unset_fields_are_omitted_rather_than_written_as_null()
    {
        var typing = new Activity { Type = ActivityTypes.Typing, Conversation = new ConversationAccount { Id = "a:1" } };

        var json = JsonSerializer.Serialize(typing, ProtocolJson.Options);

        Assert.Equal("""{"type":"typing","conversation":{"id":"a:1"}}""", json);
    }

    [Fact]
    public void Every_property_name_written_is_camel_case()
    {
        var activity = JsonSerializer.Deserialize<Activity>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", "Teams", "teams-personal-message.json")), ProtocolJson.Options)!;
        activity.InputHint = InputHints.AcceptingInput;
        activity.DeliveryMode = DeliveryModes.Normal;

        var names = new List<string>();
        Collect(JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!, names);

        Assert.Contains("aadObjectId", names);
        Assert.Contains("conversationType", names);
        Assert.Contains("deliveryMode", names);
        Assert.All(names, name => Assert.True(char.IsLower(name[0]), $"'{name}' is not camelCase"));
    }

    private static void Collect(JsonNode node, List<string> names)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj)
            {
                names.Add(name);
                if (value is not null)
                {
                    Collect(value, names);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.OfType<JsonNode>())
            {
                Collect(item, names);
            }
        }
    }
}
