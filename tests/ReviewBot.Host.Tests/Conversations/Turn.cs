using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Host.Tests.Conversations;

/// <summary>A button the user can click: a suggested action (posts its value as text) or a card's Action.Submit (posts its data as value).</summary>
public sealed record Button(string Title, string? ImBackValue, JsonObject? SubmitData);

/// <summary>What the bot sent back for one inbound activity.</summary>
public sealed class Turn(int status, IReadOnlyList<Activity> replies)
{
    public int Status { get; } = status;

    public IReadOnlyList<Activity> Replies { get; } = replies;

    /// <summary>Every reply's text and the text blocks of its cards, in order.</summary>
    public string Text => string.Join("\n\n", Replies.Select(TextOf));

    /// <summary>The buttons of the last reply that has any.</summary>
    public IReadOnlyList<Button> Buttons => Replies.Select(ButtonsOf).LastOrDefault(b => b.Count > 0) ?? [];

    public bool Has(string fragment) => Text.Contains(fragment, StringComparison.Ordinal);

    public override string ToString() => Text + (Buttons.Count > 0 ? "\n[" + string.Join(" | ", Buttons.Select(b => b.Title)) + "]" : string.Empty);

    public static string TextOf(Activity activity)
    {
        var text = new StringBuilder(activity.Text ?? string.Empty);
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.Content is { ValueKind: JsonValueKind.Object } content)
            {
                CollectTextBlocks(JsonNode.Parse(content.GetRawText()), text);
            }
            if (attachment.ContentUrl is { } url)
            {
                text.Append('\n').Append(url);
            }
        }
        return text.ToString();
    }

    public static IReadOnlyList<Button> ButtonsOf(Activity activity)
    {
        var buttons = new List<Button>();
        foreach (var action in activity.SuggestedActions?.Actions ?? [])
        {
            var value = action.Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : action.Title;
            buttons.Add(new Button(action.Title ?? value ?? string.Empty, value, null));
        }
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == "application/vnd.microsoft.card.adaptive" && attachment.Content is { ValueKind: JsonValueKind.Object } content)
            {
                CollectSubmits(JsonNode.Parse(content.GetRawText()), buttons);
            }
        }
        return buttons;
    }

    private static void CollectTextBlocks(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() == "TextBlock" && obj["text"] is JsonValue t)
                {
                    text.Append('\n').Append(t.GetValue<string>());
                }
                foreach (var (_, child) in obj)
                {
                    CollectTextBlocks(child, text);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    CollectTextBlocks(child, text);
                }
                break;
        }
    }

    private static void CollectSubmits(JsonNode? node, List<Button> buttons)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() == "Action.Submit")
                {
                    buttons.Add(new Button(obj["title"]?.GetValue<string>() ?? string.Empty, null, obj["data"]?.DeepClone() as JsonObject ?? []));
                    return;
                }
                foreach (var (_, child) in obj)
                {
                    CollectSubmits(child, buttons);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    CollectSubmits(child, buttons);
                }
                break;
        }
    }
}
