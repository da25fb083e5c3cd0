using System.Text.Json;
using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Interruptions;

namespace ReviewBot.Dialogs;

/// <summary>
/// A dialog made of other dialogs: it owns an inner <see cref="DialogSet"/> whose stack is kept in its own instance
/// state, starts <see cref="InitialDialogId"/>, and ends when the inner stack finishes. Interruptions
/// (<see cref="InterruptionHandler"/> / <see cref="OnInterruptAsync"/>) see each input before the inner dialog does.
/// </summary>
public class ComponentDialog : Dialog
{
    private VersionStamp? _stamp;

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    public DialogSet Dialogs { get; } = new();

    /// <summary>The inner dialog begun with the component's options; defaults to the first one added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>Bump to restart stored instances of this component after an incompatible change.</summary>
    public string? Version { get; set; }

    /// <summary>Consulted before the inner dialog sees an input (e.g. the app's 帮助 / 取消 commands).</summary>
    public IInterruptionHandler? InterruptionHandler { get; set; }

    /// <summary>
    /// The component's stamp: its id, initial dialog and <see cref="Version"/>. Inner dialogs carry their own stamps,
    /// so a change inside restarts only the inner dialog that changed.
    /// </summary>
    public override string GetVersion()
    {
        // Asked on every turn the component is on a stack: hashed again only when InitialDialogId or Version changed.
        // One reference, so concurrent turns see either the old stamp or the new one, never a mix.
        if (_stamp is { } stamp && stamp.InitialDialogId == InitialDialogId && stamp.Version == Version)
        {
            return stamp.Value;
        }
        var value = DialogVersion.Hash("component", Id, InitialDialogId, Version);
        _stamp = new VersionStamp(InitialDialogId, Version, value);
        return value;
    }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerDc = CreateChildContext(dc);
        var inner = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return inner.Status == DialogTurnStatus.Waiting ? EndOfTurn : await EndComponentAsync(dc, inner, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerDc = CreateChildContext(dc);
        var inner = await OnInterruptAsync(innerDc, cancellationToken).ConfigureAwait(false)
            ?? await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return inner.Status == DialogTurnStatus.Waiting ? EndOfTurn : await EndComponentAsync(dc, inner, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A dialog pushed above the component ended: ask the inner dialog again and wait.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await CreateChildContext(dc).RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        await CreateInnerContext(turnContext, instance, parent: null).RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            await CreateInnerContext(turnContext, instance, parent: null).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The inner context of this component's active instance in <paramref name="dc"/>.</summary>
    public DialogContext CreateChildContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException($"Component '{Id}' is not on the stack.");
        return CreateInnerContext(dc.Context, instance, dc);
    }

    /// <summary>Runs before the inner dialog sees the input; a non-null result consumes the input.</summary>
    protected virtual Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        InterruptionHandler?.InterruptAsync(innerDc, cancellationToken) ?? Task.FromResult<DialogTurnResult?>(null);

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, JsonElement? options, CancellationToken cancellationToken)
    {
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>The inner stack finished (or was cancelled): end the component with the inner result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, DialogTurnResult innerResult, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(innerResult.Result, cancellationToken);

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    private DialogContext CreateInnerContext(ITurnContext turnContext, DialogInstance instance, DialogContext? parent) =>
        new(Dialogs, turnContext, instance.GetState<ComponentDialogState>().Dialogs ??= new(), parent);

    private sealed record VersionStamp(string? InitialDialogId, string? Version, string Value);
}

/// <summary>What a component keeps in its instance: the inner stack.</summary>
public sealed class ComponentDialogState
{
    public DialogState Dialogs { get; set; } = new();
}
