using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Builder.Turns;

/// <summary>Removes the bot's own @mention (<c>&lt;at&gt;…&lt;/at&gt;</c>) from message text.</summary>
public static partial class MentionText
{
    public static string? RemoveRecipientMention(Activity activity)
    {
        var text = activity.Text;
        if (string.IsNullOrEmpty(text) || !text.Contains("<at", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type != "mention" || entity.ExtensionData is not { } data)
            {
                continue;
            }
            var mentionedId = data.TryGetValue("mentioned", out var m) && m.ValueKind == JsonValueKind.Object
                && m.TryGetProperty("id", out var id) ? id.GetString() : null;
            var mentionText = data.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (mentionText is not null && string.Equals(mentionedId, activity.Recipient?.Id, StringComparison.Ordinal))
            {
                text = text.Replace(mentionText, string.Empty, StringComparison.Ordinal);
            }
        }
        // Without a matching entity (some clients), drop a leading <at>…</at> all the same: it is never an answer.
        text = LeadingMention().Replace(text, string.Empty);
        return text.Trim();
    }

    [GeneratedRegex(@"^\s*<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingMention();
}
