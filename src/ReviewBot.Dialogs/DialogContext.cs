using System.Text.Json;
using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Prompts;

namespace ReviewBot.Dialogs;

/// <summary>
/// A dialog stack in one turn: begin, continue, end, replace, cancel and reprompt dialogs of <see cref="Dialogs"/>.
/// Stored instances whose definition changed or disappeared are restarted here (see DialogContext.Restart.cs).
/// </summary>
public partial class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        Stack = state.DialogStack ??= [];
        Parent = parent;
    }

    /// <summary>A context over the same stack (used by <see cref="WaterfallStepContext{TState}"/>).</summary>
    protected DialogContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        Dialogs = dc.Dialogs;
        Context = dc.Context;
        Stack = dc.Stack;
        Parent = dc.Parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The stack; index 0 is the active dialog.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the container (component dialog) this stack belongs to; null at the root.</summary>
    public DialogContext? Parent { get; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The inner context of the active dialog when it is a container (component dialog), else null.</summary>
    public DialogContext? Child
    {
        get
        {
            if (ActiveDialog is not { } instance || FindCurrent(instance) is not ComponentDialog component)
            {
                return null;
            }
            try
            {
                return component.CreateChildContext(this);
            }
            catch (DialogStateException)
            {
                return null;
            }
        }
    }

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, CancellationToken cancellationToken) =>
        BeginDialogAsync(dialogId, (JsonElement?)null, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync<TOptions>(string dialogId, TOptions options, CancellationToken cancellationToken = default) =>
        BeginAsync(dialogId, DialogJson.ToStored(options), cancellationToken);

    /// <summary>Pushes a new instance of <paramref name="dialogId"/> and begins it with <paramref name="options"/>.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonElement? options = null, CancellationToken cancellationToken = default) =>
        await BeginAsync(dialogId, StoredJson.FromElement(options?.Clone()), cancellationToken).ConfigureAwait(false);

    /// <summary>Begins the prompt <paramref name="dialogId"/> with <paramref name="options"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginAsync(dialogId, DialogJson.ToStored(options), cancellationToken);
    }

    /// <summary>Hands the turn's input to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        return await RunActiveAsync(dialog => dialog.ContinueDialogAsync(this, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public Task<DialogTurnResult> EndDialogAsync(CancellationToken cancellationToken) =>
        EndDialogAsync((JsonElement?)null, DialogReason.EndCalled, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync<TResult>(TResult result, CancellationToken cancellationToken = default) =>
        EndDialogAsync(DialogJson.ToElement(result), DialogReason.EndCalled, cancellationToken);

    /// <summary>Pops the active dialog and resumes the one below with <paramref name="result"/>; Complete when none is left.</summary>
    public Task<DialogTurnResult> EndDialogAsync(JsonElement? result = null, CancellationToken cancellationToken = default) =>
        EndDialogAsync(result, DialogReason.EndCalled, cancellationToken);

    /// <summary>
    /// Pops the active dialog and resumes the one below with <paramref name="resumeReason"/> (e.g.
    /// <see cref="DialogReason.MaxAttemptsExceeded"/>). With nothing below: Complete, or Cancelled for a prompt that gave up.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(JsonElement? result, DialogReason resumeReason, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is not null)
        {
            return await RunActiveAsync(dialog => dialog.ResumeDialogAsync(this, resumeReason, result, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        var status = resumeReason == DialogReason.MaxAttemptsExceeded ? DialogTurnStatus.Cancelled : DialogTurnStatus.Complete;
        return new DialogTurnResult(status, result);
    }

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, CancellationToken cancellationToken) =>
        ReplaceDialogAsync(dialogId, (JsonElement?)null, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync<TOptions>(string dialogId, TOptions options, CancellationToken cancellationToken = default) =>
        ReplaceAsync(dialogId, DialogJson.ToStored(options), cancellationToken);

    /// <summary>Ends the active dialog without resuming its parent and begins <paramref name="dialogId"/> in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonElement? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog on this stack (inner stacks of components included); Empty when there was none.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to send its question again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }
        await RunActiveAsync(
            async dialog =>
            {
                await dialog.RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
                return Dialog.EndOfTurn;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Help for where the user stands: the innermost active dialog's help (e.g. the open prompt's
    /// <see cref="PromptOptions.Help"/>), else that of the dialogs below it, outwards. Null when none has any.
    /// </summary>
    public string? GetActiveHelp()
    {
        var chain = new List<DialogContext>();
        for (var dc = this; dc is not null && chain.Count < 64; dc = dc.Child)
        {
            chain.Add(dc);
        }
        for (var level = chain.Count - 1; level >= 0; level--)
        {
            foreach (var instance in chain[level].Stack)
            {
                if (chain[level].FindCurrent(instance) is not { } dialog)
                {
                    continue;
                }
                try
                {
                    if (dialog.GetHelp(instance) is { Length: > 0 } help)
                    {
                        return help;
                    }
                }
                catch (DialogStateException)
                {
                    // Stale state: no help from this one; it restarts when it next runs.
                }
            }
        }
        return null;
    }

    /// <summary>Pushes a new instance of <paramref name="dialogId"/> with <paramref name="options"/> and begins it.</summary>
    private async Task<DialogTurnResult> BeginAsync(string dialogId, StoredJson? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        var dialog = Dialogs.Find(dialogId)
            ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' in this dialog set.");
        var instance = new DialogInstance { Id = dialogId, Version = dialog.GetVersion(), StoredOptions = options };
        Stack.Insert(0, instance);
        return await dialog.BeginDialogAsync(this, instance.Options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ReplaceAsync(string dialogId, StoredJson options, CancellationToken cancellationToken)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The dialog of <paramref name="instance"/> when it exists and its version still matches.</summary>
    internal Dialog? FindCurrent(DialogInstance instance) =>
        Dialogs.Find(instance.Id) is { } dialog && string.Equals(dialog.GetVersion(), instance.Version, StringComparison.Ordinal)
            ? dialog
            : null;

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }
        if (FindCurrent(instance) is { } dialog)
        {
            try
            {
                await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
            }
            catch (DialogStateException)
            {
                // Unreadable state has nothing to tidy up; the instance goes anyway.
            }
        }
        Stack.Remove(instance);
    }
}
