using ReviewBot.Builder.Turns;

namespace ReviewBot.Dialogs.Interruptions;

/// <summary>Ready-made actions for <see cref="CommandInterruptions"/>; all texts come from the app.</summary>
public static class InterruptionActions
{
    /// <summary>
    /// Sends the active step's help (<see cref="DialogContext.GetActiveHelp"/>) or <paramref name="fallbackHelp"/>, then
    /// asks the open question again (in Teams only the last message keeps its buttons) and keeps waiting.
    /// </summary>
    public static InterruptionAction ShowHelp(string fallbackHelp) => async (dc, cancellationToken) =>
    {
        await dc.Context.SendActivityAsync(dc.GetActiveHelp() ?? fallbackHelp, cancellationToken).ConfigureAwait(false);
        await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return Dialog.EndOfTurn;
    };

    /// <summary>
    /// Cancels the dialogs inside the component (their saved data elsewhere is untouched), sends
    /// <paramref name="message"/> when given, and begins <paramref name="menuDialogId"/> in their place.
    /// </summary>
    public static InterruptionAction CancelTo(string menuDialogId, string? message = null) => async (dc, cancellationToken) =>
    {
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(message))
        {
            await dc.Context.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
        }
        return await dc.BeginDialogAsync(menuDialogId, cancellationToken).ConfigureAwait(false);
    };
}
