using System.Globalization;
using System.Text;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Choices;

/// <summary>
/// Puts choices on a prompt the way the user's client can show them:
/// Teams personal chat → suggested actions (≤ 3, Teams shows no more) else a card; Teams group chat or channel → a card;
/// the console → a numbered list; Emulator, Web Chat and others → suggested actions.
/// </summary>
public static class ChoiceRenderer
{
    public const int TeamsSuggestedActionLimit = 3;

    public static ListStyle ResolveStyle(ListStyle requested, Activity inbound, int choiceCount)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (requested != ListStyle.Auto)
        {
            return requested;
        }
        return inbound.ChannelId switch
        {
            Channels.Console => ListStyle.List,
            Channels.MsTeams when IsTeamsPersonal(inbound) && choiceCount <= TeamsSuggestedActionLimit => ListStyle.SuggestedAction,
            Channels.MsTeams => ListStyle.AdaptiveCard,
            _ => ListStyle.SuggestedAction,
        };
    }

    /// <summary>
    /// Adds <paramref name="choices"/> to <paramref name="prompt"/> (modified and returned) in <paramref name="style"/>;
    /// card buttons carry <paramref name="asked"/> (the question's <see cref="Prompts.PromptMarker"/>) when given.
    /// </summary>
    public static Activity Render(Activity prompt, IReadOnlyList<Choice> choices, ListStyle style, Activity inbound, string? asked = null)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0)
        {
            return prompt;
        }
        switch (ResolveStyle(style, inbound, choices.Count))
        {
            case ListStyle.List:
                prompt.Text = NumberedList(prompt.Text, choices);
                break;
            case ListStyle.SuggestedAction:
                prompt.SuggestedActions = new SuggestedActions
                {
                    To = inbound.From?.Id is { } userId ? [userId] : null,
                    Actions = [.. choices.Select(c => CardAction.ImBack(c.DisplayTitle))],
                };
                break;
            case ListStyle.AdaptiveCard:
                (prompt.Attachments ??= []).Add(ChoiceCard.Create(prompt.Text, choices, asked));
                prompt.Text = null;
                break;
        }
        return prompt;
    }

    private static bool IsTeamsPersonal(Activity inbound) =>
        inbound.Conversation is not { } c || (c.IsGroup != true && c.ConversationType is null or "personal");

    private static string NumberedList(string? text, IReadOnlyList<Choice> choices)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < choices.Count; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }
            builder.Append(CultureInfo.InvariantCulture, $"{i + 1}. {choices[i].DisplayTitle}");
        }
        return builder.ToString();
    }
}
