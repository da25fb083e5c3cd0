using System.Text.Json;
using System.Text.Json.Nodes;
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
        var body = new JsonArray();
        if (!string.IsNullOrWhiteSpace(text))
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true });
        }
        foreach (var row in choices.Chunk(ButtonsPerRow))
        {
            var actions = new JsonArray();
            foreach (var choice in row)
            {
                actions.Add(SubmitButton(choice, asked));
            }
            body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = actions });
        }
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        return new Attachment
        {
            ContentType = ContentTypes.AdaptiveCard,
            Content = JsonSerializer.SerializeToElement(card, ProtocolJson.Options),
        };
    }

    private static JsonObject SubmitButton(Choice choice, string? asked)
    {
        var data = new JsonObject { [Prompts.PromptInput.ChoiceField] = choice.Value };
        if (asked is not null)
        {
            data[Prompts.PromptInput.AskedField] = asked;
        }
        return new JsonObject { ["type"] = "Action.Submit", ["title"] = choice.DisplayTitle, ["data"] = data };
    }
}
