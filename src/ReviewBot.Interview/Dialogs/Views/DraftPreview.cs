using System.Text;
using ReviewBot.Builder.Turns;
using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Interview.Dialogs.Views;

/// <summary>
/// Sends a draft into the chat in its document shape, one message per part (title + 导语, 一、…, 二、…, 三、…),
/// each well under Teams' message size, in the Markdown subset Teams, the Agents Playground and the console all read.
/// </summary>
public sealed class DraftPreview
{
    /// <summary>Characters per message; Teams allows ~28k characters of CJK text in 80 KB, so this leaves a wide margin.</summary>
    public const int MaxMessageChars = 6000;

    public async Task SendAsync(ITurnContext turnContext, Draft draft, CancellationToken cancellationToken, DocumentPart? only = null)
    {
        foreach (var message in Render(DraftComposer.Compose(draft), only))
        {
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = message, TextFormat = TextFormats.Markdown }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Bold for a run-in heading. Markdown closes ** only when it is not squeezed between punctuation and a letter,
    /// so the heading's final 。 stays outside: **（一）……情况**。
    /// </summary>
    private static string Bold(string leadIn)
    {
        var core = leadIn.TrimEnd('。', '：', '，');
        return $"**{core}**{leadIn[core.Length..]}";
    }

    /// <summary>The messages for a composed document: grouped by part, split further at paragraph ends when long.</summary>
    public static IReadOnlyList<string> Render(ComposedDocument document, DocumentPart? only = null)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        if (only is null)
        {
            current.Append("**").Append(document.Title).Append("**\n\n");
        }
        DocumentPart? part = null;
        foreach (var block in document.Blocks.Where(b => only is null || b.Part == only))
        {
            var text = block switch
            {
                SectionHeading heading => $"**{heading.Text}**",
                Paragraph { LeadIn: { } leadIn } p => $"　　{Bold(leadIn)}{p.Body}",
                _ => "　　" + block.PlainText,
            };
            var newPart = part is not null && block.Part != part && block is SectionHeading;
            if ((newPart || current.Length + text.Length > MaxMessageChars) && current.Length > 0)
            {
                messages.Add(current.ToString().TrimEnd());
                current.Clear();
            }
            current.Append(text).Append("\n\n");
            part = block.Part;
        }
        if (current.Length > 0)
        {
            messages.Add(current.ToString().TrimEnd());
        }
        return messages;
    }
}
