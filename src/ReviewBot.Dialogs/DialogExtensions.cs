using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Turns;

namespace ReviewBot.Dialogs;

public static class DialogExtensions
{
    /// <summary>
    /// Runs one turn with <paramref name="dialog"/> as the root: continue the stored stack, and begin the dialog when the
    /// stack is empty. The stack lives in conversation state property <see cref="DialogState.PropertyName"/>.
    /// </summary>
    public static Task<DialogTurnResult> RunAsync(
        this Dialog dialog, ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        RunAsync(dialog, turnContext, logger: null, restartMessage: null, cancellationToken);

    /// <inheritdoc cref="RunAsync(Dialog, ITurnContext, CancellationToken)"/>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog, ITurnContext turnContext, ILogger? logger, string? restartMessage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogs = new DialogSet(logger).Add(dialog);
        if (restartMessage is not null)
        {
            dialogs.RestartMessage = restartMessage;
        }
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, cancellationToken).ConfigureAwait(false);
        }
        return result;
    }
}
