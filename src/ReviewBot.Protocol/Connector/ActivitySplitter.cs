using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Protocol.Connector;

/// <summary>
/// Turns an outgoing activity into the JSON bodies to post. A message whose JSON would exceed the size limit (UTF-16
/// bytes, as Teams counts) becomes several messages: the text cut at paragraph boundaries, then the attachments in a
/// message of their own (one per attachment if they are still too big together). The first text message keeps
/// channelData, summary, speak and non-mention entities; each mention goes with the piece that contains its text;
/// suggested actions go on the last text message (Teams does not show them on messages with attachments).
/// </summary>
public static class ActivitySplitter
{
    private static readonly string[] FirstPartOnly = ["channelData", "summary", "speak"];

    public static IReadOnlyList<string> ToPayloads(Activity activity, int maxBytes) =>
        [.. ToUtf8Payloads(activity, maxBytes).Select(payload => Encoding.UTF8.GetString(payload.Span))];

    /// <summary>
    /// <see cref="ToPayloads"/> as the UTF-8 bodies to post: a message that fits (the usual case) is serialized once,
    /// straight to bytes, without a string in between.
    /// </summary>
    public static IReadOnlyList<ReadOnlyMemory<byte>> ToUtf8Payloads(Activity activity, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var utf8 = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.ActivityInfo);
        if (Encoding.UTF8.GetCharCount(utf8) * 2 <= maxBytes || activity.Type != ActivityTypes.Message)
        {
            return [utf8];
        }
        return [.. Split(activity, Encoding.UTF8.GetString(utf8), maxBytes).Select(part => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(part))];
    }

    /// <summary>The size Teams counts: the JSON as UTF-16.</summary>
    public static int Utf16Bytes(string json) => json.Length * 2;

    private static IReadOnlyList<string> Split(Activity activity, string json, int maxBytes)
    {
        var skeleton = JsonNode.Parse(json)!.AsObject();
        var text = activity.Text;
        var attachments = Detach(skeleton, "attachments") as JsonArray;
        var layout = Detach(skeleton, "attachmentLayout");
        var suggested = Detach(skeleton, "suggestedActions");
        var entities = (Detach(skeleton, "entities") as JsonArray ?? []).OfType<JsonObject>().ToList();
        skeleton.Remove("text");
        var firstOnly = FirstPartOnly.Select(name => (name, node: Detach(skeleton, name))).Where(p => p.node is not null).ToList();
        var mentions = entities.Where(IsMention).ToList();
        var others = entities.Where(e => !IsMention(e)).ToList();

        var parts = new List<JsonObject>();
        if (!string.IsNullOrEmpty(text))
        {
            var worstCase = Part(skeleton, "", firstOnly, [.. entities], suggested);
            var budget = Math.Max(256, maxBytes / 2 - Serialize(worstCase).Length);
            var pieces = TextSplitter.Split(text, budget, Encoder);
            for (var i = 0; i < pieces.Count; i++)
            {
                var piece = pieces[i];
                var pieceEntities = mentions.Where(m => MentionText(m) is { } t && piece.Contains(t, StringComparison.Ordinal));
                parts.Add(Part(skeleton, piece,
                    i == 0 ? firstOnly : [],
                    [.. (i == 0 ? others : []).Concat(pieceEntities)],
                    i == pieces.Count - 1 ? suggested : null));
            }
        }
        if (attachments is { Count: > 0 })
        {
            var noText = parts.Count == 0;
            var together = AttachmentPart(skeleton, [.. attachments], layout, noText ? firstOnly : [], noText ? others : [], noText ? suggested : null);
            if (Utf16Bytes(Serialize(together)) <= maxBytes || attachments.Count == 1)
            {
                parts.Add(together);
            }
            else
            {
                parts.AddRange(attachments.Select((a, i) => AttachmentPart(skeleton, [a], null,
                    noText && i == 0 ? firstOnly : [], noText && i == 0 ? others : [], noText && i == attachments.Count - 1 ? suggested : null)));
            }
        }
        return parts.Count == 0 ? [json] : parts.Select(Serialize).ToList();
    }

    private static JavaScriptEncoder Encoder => ProtocolJson.Options.Encoder ?? JavaScriptEncoder.Default;

    private static JsonObject Part(JsonObject skeleton, string text, IReadOnlyList<(string Name, JsonNode? Node)> firstOnly,
        IReadOnlyList<JsonObject> entities, JsonNode? suggested)
    {
        var part = (JsonObject)skeleton.DeepClone();
        part["text"] = text;
        AddAll(part, firstOnly, entities, suggested);
        return part;
    }

    private static JsonObject AttachmentPart(JsonObject skeleton, IReadOnlyList<JsonNode?> attachments, JsonNode? layout,
        IReadOnlyList<(string Name, JsonNode? Node)> firstOnly, IReadOnlyList<JsonObject> entities, JsonNode? suggested)
    {
        var part = (JsonObject)skeleton.DeepClone();
        part["attachments"] = new JsonArray([.. attachments.Select(a => a?.DeepClone())]);
        if (layout is not null)
        {
            part["attachmentLayout"] = layout.DeepClone();
        }
        AddAll(part, firstOnly, entities, suggested);
        return part;
    }

    private static void AddAll(JsonObject part, IReadOnlyList<(string Name, JsonNode? Node)> firstOnly, IReadOnlyList<JsonObject> entities, JsonNode? suggested)
    {
        foreach (var (name, node) in firstOnly)
        {
            part[name] = node?.DeepClone();
        }
        if (entities.Count > 0)
        {
            part["entities"] = new JsonArray([.. entities.Select(e => e.DeepClone())]);
        }
        if (suggested is not null)
        {
            part["suggestedActions"] = suggested.DeepClone();
        }
    }

    private static JsonNode? Detach(JsonObject json, string name)
    {
        if (!json.TryGetPropertyValue(name, out var node))
        {
            return null;
        }
        json.Remove(name);
        return node;
    }

    private static bool IsMention(JsonObject entity) =>
        entity["type"] is JsonValue type && type.TryGetValue<string>(out var value) && value == "mention";

    private static string? MentionText(JsonObject entity) =>
        entity["text"] is JsonValue text && text.TryGetValue<string>(out var value) ? value : null;

    private static string Serialize(JsonObject part) => part.ToJsonString(ProtocolJson.Options);
}
