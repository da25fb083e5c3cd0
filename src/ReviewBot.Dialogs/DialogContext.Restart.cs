using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs;

/// <summary>
/// Graceful handling of stacks stored by an older deploy: an instance whose version stamp no longer matches its
/// dialog, or whose state no longer deserializes, restarts with its original options; an instance whose dialog
/// was removed is dropped and the dialog below it restarts (or, when none is left, the container around the stack).
/// The user gets one short message per turn; nothing outside the dialog stack is touched.
/// </summary>
public partial class DialogContext
{
    /// <summary>Runs <paramref name="call"/> on the active instance's dialog, restarting stale instances first.</summary>
    private async Task<DialogTurnResult> RunActiveAsync(Func<Dialog, Task<DialogTurnResult>> call, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog!;
        var dialog = Dialogs.Find(instance.Id);
        if (dialog is null)
        {
            DialogsLog.Removed(Scope.Logger, instance.Id);
            return await ClearRemovedAsync(instance, cancellationToken).ConfigureAwait(false);
        }
        var current = dialog.GetVersion();
        if (!string.Equals(current, instance.Version, StringComparison.Ordinal))
        {
            DialogsLog.Restarted(Scope.Logger, instance.Id, instance.Version, current);
            return await RestartAsync(instance, dialog, cancellationToken).ConfigureAwait(false);
        }
        try
        {
            return await call(dialog).ConfigureAwait(false);
        }
        catch (DialogStateException ex) when (Stack.Contains(ex.Instance) && Dialogs.Find(ex.Instance.Id) is { } stale)
        {
            DialogsLog.StateUnreadable(Scope.Logger, ex, ex.Instance.Id);
            return await RestartAsync(ex.Instance, stale, cancellationToken).ConfigureAwait(false);
        }
        catch (ContainerRestartException) when (Stack.Contains(instance))
        {
            return await RestartAsync(instance, dialog, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Removes <paramref name="instance"/> (and anything above it) and begins its dialog again with the same options.</summary>
    private async Task<DialogTurnResult> RestartAsync(DialogInstance instance, Dialog dialog, CancellationToken cancellationToken)
    {
        RemoveThrough(instance);
        await NotifyRestartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await BeginDialogAsync(dialog.Id, instance.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (DialogStateException ex) when (Stack.Contains(ex.Instance) && ex.Instance.Id == instance.Id)
        {
            // Even its original options no longer fit: treat it as removed.
            DialogsLog.StateUnreadable(Scope.Logger, ex, instance.Id);
            return await ClearRemovedAsync(ex.Instance, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Drops an instance that cannot run and restarts the nearest dialog below it.</summary>
    private async Task<DialogTurnResult> ClearRemovedAsync(DialogInstance instance, CancellationToken cancellationToken)
    {
        RemoveThrough(instance);
        await NotifyRestartAsync(cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is { } below)
        {
            return Dialogs.Find(below.Id) is { } dialog
                ? await RestartAsync(below, dialog, cancellationToken).ConfigureAwait(false)
                : await ClearRemovedAsync(below, cancellationToken).ConfigureAwait(false);
        }
        if (Parent is not null)
        {
            throw new ContainerRestartException();
        }
        return new DialogTurnResult(DialogTurnStatus.Empty);
    }

    private void RemoveThrough(DialogInstance instance)
    {
        var index = Stack.IndexOf(instance);
        if (index >= 0)
        {
            Stack.RemoveRange(0, index + 1);
        }
    }

    private DialogTurnScope Scope => DialogTurnScope.Of(Context);

    /// <summary>Sends the restart message once per turn (and answers an invoke that caused it).</summary>
    internal async Task NotifyRestartAsync(CancellationToken cancellationToken)
    {
        var scope = Scope;
        if (++scope.Restarts > DialogTurnScope.MaxRestartsPerTurn)
        {
            throw new InvalidOperationException("Dialogs kept restarting in one turn; a dialog definition fails every time it begins.");
        }
        if (scope.RestartNotified)
        {
            return;
        }
        scope.RestartNotified = true;
        InvokeAnswers.Acknowledge(Context);
        await Context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = scope.RestartMessage }, cancellationToken).ConfigureAwait(false);
    }
}
