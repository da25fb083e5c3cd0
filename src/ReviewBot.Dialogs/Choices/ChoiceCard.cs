using System.Buffers;
using System.Text.Json;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Choices;

/// <summary>
/// An Adaptive Card 1.5: the question as a TextBlock and one Action.Submit per choice. Each button's data is
/// <c>{"choice": value}</c> (plus <c>"asked"</c>, the question's <see cref="Prompts.PromptMarker"/>, when given): a click arrives as a message with empty text whose <c>value.choice</c> is the choice
/// value. (No <c>msteams: imBack</c> in the data: the Agents Playground treats that as an imBack it cannot send, so the
/// click would do nothing there.) Buttons go in ActionSets of
/// at most <see cref="ButtonsPerRow"/> because Teams shows only a few actions per set.
/// </summary>
public static class ChoiceCard
{
    public const string Version = "1.5";
    public const int ButtonsPerRow = 5;

    public static Attachment Create(string? text, IReadOnlyList<Choice> choices, string? asked = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        // Written directly (no JsonObject tree): the same properties in the same order, escaped as the wire escapes them.
        var buffer = new ArrayBufferWriter<byte>(256 + 128 * choices.Count);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ProtocolJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "AdaptiveCard");
            writer.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
            writer.WriteString("version", Version);
            writer.WriteStartArray("body");
            if (!string.IsNullOrWhiteSpace(text))
            {
                writer.WriteStartObject();
                writer.WriteString("type", "TextBlock");
                writer.WriteString("text", text);
                writer.WriteBoolean("wrap", true);
                writer.WriteEndObject();
            }
            foreach (var row in choices.Chunk(ButtonsPerRow))
            {
                writer.WriteStartObject();
                writer.WriteString("type", "ActionSet");
                writer.WriteStartArray("actions");
                foreach (var choice in row)
                {
                    WriteSubmitButton(writer, choice, asked);
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return new Attachment
        {
            ContentType = ContentTypes.AdaptiveCard,
            Content = JsonElement.Parse(buffer.WrittenSpan),
        };
    }

    private static void WriteSubmitButton(Utf8JsonWriter writer, Choice choice, string? asked)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Action.Submit");
        writer.WriteString("title", choice.DisplayTitle);
        writer.WriteStartObject("data");
        writer.WriteString(Prompts.PromptInput.ChoiceField, choice.Value);
        if (asked is not null)
        {
            writer.WriteString(Prompts.PromptInput.AskedField, asked);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
