using System.Text.Json;
using ReviewBot.Builder.Turns;

namespace ReviewBot.Dialogs;

/// <summary>
/// A dialog definition. Definitions are shared by all conversations and hold no conversation data: everything a
/// dialog remembers lives in its <see cref="DialogInstance"/> on the stack.
/// </summary>
public abstract class Dialog
{
    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    /// <summary>Returned by dialogs that wait for the user's next message.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);

    public string Id { get; }

    /// <summary>
    /// A stamp of the definition's shape, stored with each instance. When a stored stamp differs from the current
    /// one, the runtime restarts that instance with its original options instead of running stale state.
    /// </summary>
    public virtual string GetVersion() => Id;

    /// <summary>Called when the dialog is pushed onto the stack (its instance is the active one).</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken = default);

    /// <summary>Called when the user sends something while this dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(cancellationToken);

    /// <summary>Called when a dialog this one started has ended. By default this dialog ends with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the dialog to send its question again.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called as the instance leaves the stack (ended, replaced or cancelled).</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Help text for where this instance stands (e.g. the current question), or null.</summary>
    public virtual string? GetHelp(DialogInstance instance) => null;
}
