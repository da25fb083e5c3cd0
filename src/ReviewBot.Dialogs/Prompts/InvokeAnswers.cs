using System.Text.Json;
using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Prompts;

/// <summary>HTTP answers for invokes that the dialogs consumed.</summary>
public static class InvokeAnswers
{
    /// <summary>Shown by clients that display the answer to an Action.Execute.</summary>
    public const string AcknowledgementText = "已收到";

    /// <summary>
    /// Answers the turn's invoke with 200 unless something already answered it: <c>adaptiveCard/action</c> gets the
    /// Universal Actions message body, other invokes an empty 200. Does nothing for other activities.
    /// </summary>
    public static void Acknowledge(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Type != ActivityTypes.Invoke || turnContext.InvokeResponse is not null)
        {
            return;
        }
        turnContext.InvokeResponse = turnContext.Activity.Name == PromptInput.AdaptiveCardActionInvoke
            ? new InvokeResponse(200, JsonSerializer.SerializeToElement(new
            {
                statusCode = 200,
                type = "application/vnd.microsoft.activity.message",
                value = AcknowledgementText,
            }, ProtocolJson.Options))
            : new InvokeResponse(200);
    }
}
