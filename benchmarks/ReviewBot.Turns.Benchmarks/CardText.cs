using System.Text;
using System.Text.Json;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Turns.Benchmarks;

/// <summary>The visible text of a card as fakechannel reads it: hero/thumbnail title, subtitle, text; Adaptive Card text blocks and runs.</summary>
internal static class CardText
{
    private const string ThumbnailCard = "application/vnd.microsoft.card.thumbnail";

    public static void Append(StringBuilder text, string? contentType, JsonElement content)
    {
        if (contentType is ContentTypes.HeroCard or ThumbnailCard && content.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in (string[])["title", "subtitle", "text"])
            {
                if (content.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    text.AppendLine(value.GetString());
                }
            }
        }
        else if (contentType == ContentTypes.AdaptiveCard)
        {
            AppendAdaptive(text, content);
        }
    }

    private static void AppendAdaptive(StringBuilder text, JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                AppendAdaptive(text, item);
            }
            return;
        }
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        if (node.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            && type.GetString() is "TextBlock" or "TextRun"
            && node.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String)
        {
            text.AppendLine(value.GetString());
        }
        foreach (var property in node.EnumerateObject())
        {
            if (property.Name != "actions" && property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                AppendAdaptive(text, property.Value);
            }
        }
    }
}
