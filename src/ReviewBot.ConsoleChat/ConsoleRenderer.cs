using System.Text;
using System.Text.Json;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.ConsoleChat;

/// <summary>
/// Turns outgoing activities into terminal text: suggested actions and card buttons become a numbered list
/// (remembered so that typing the number picks the button), cards become their text, files are saved.
/// Only the latest message's buttons are remembered, as Teams shows suggested actions only on the latest message: a
/// prompt that lists its choices in its text (as prompts do on the console) leaves a bare number to the bot.
/// </summary>
public sealed class ConsoleRenderer(TextWriter output, string filesFolder)
{
    private readonly List<string> _choices = [];

    /// <summary>The button titles offered last, in the order they were numbered.</summary>
    public IReadOnlyList<string> LastChoices => _choices;

    public async Task RenderAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            text.AppendLine(StripMarkdown(activity.Text));
        }
        var choices = new List<string>();
        foreach (var action in activity.SuggestedActions?.Actions ?? [])
        {
            if (action.Title is { Length: > 0 } title)
            {
                choices.Add(title);
            }
        }
        foreach (var attachment in activity.Attachments ?? [])
        {
            await RenderAttachmentAsync(attachment, text, choices, cancellationToken).ConfigureAwait(false);
        }
        _choices.Clear();
        _choices.AddRange(choices);
        for (var i = 0; i < choices.Count; i++)
        {
            text.AppendLine($"{i + 1}. {choices[i]}");
        }
        await output.WriteLineAsync(text.ToString().TrimEnd()).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Maps a bare number typed by the user to the button it names; other input is returned as typed.</summary>
    public string ResolveInput(string line)
    {
        var trimmed = line.Trim();
        return int.TryParse(trimmed, out var n) && n >= 1 && n <= _choices.Count ? _choices[n - 1] : trimmed;
    }

    private async Task RenderAttachmentAsync(Attachment attachment, StringBuilder text, List<string> choices, CancellationToken cancellationToken)
    {
        if (attachment.ContentType == ContentTypes.AdaptiveCard && attachment.Content is { } card)
        {
            AdaptiveCardText.Append(card, text, choices);
            return;
        }
        if (attachment.ContentUrl is { } url && url.StartsWith("data:", StringComparison.Ordinal))
        {
            var comma = url.IndexOf(',', StringComparison.Ordinal);
            var bytes = Convert.FromBase64String(url[(comma + 1)..]);
            Directory.CreateDirectory(filesFolder);
            var path = Path.GetFullPath(Path.Combine(filesFolder, Path.GetFileName(attachment.Name ?? "file.bin")));
            await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
            text.AppendLine($"（文件已保存：{path}）");
            return;
        }
        if (attachment.ContentUrl is { } link)
        {
            text.AppendLine($"（附件：{attachment.Name} {link}）");
        }
    }

    private static string StripMarkdown(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal);
}

/// <summary>Reads the visible text and the Action.Submit titles of an Adaptive Card.</summary>
internal static class AdaptiveCardText
{
    public static void Append(JsonElement element, StringBuilder text, List<string> choices)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var type = element.TryGetProperty("type", out var t) ? t.GetString() : null;
                if (type == "TextBlock" && element.TryGetProperty("text", out var blockText))
                {
                    text.AppendLine(blockText.GetString());
                }
                else if (type is "Action.Submit" or "Action.Execute" && element.TryGetProperty("title", out var title))
                {
                    choices.Add(title.GetString() ?? string.Empty);
                    return;
                }
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        Append(property.Value, text, choices);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Append(item, text, choices);
                }
                break;
        }
    }
}
