using System.Text.Json;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs;

/// <summary>
/// A sequence of steps; each usually asks something (a prompt) and the next receives the answer as
/// <see cref="WaterfallStepContext{TState}.Result"/>. <typeparamref name="TState"/> is the waterfall's own typed
/// state, stored in its instance and available to every step as <see cref="WaterfallStepContext{TState}.State"/>.
/// </summary>
public class WaterfallDialog<TState> : Dialog where TState : class, new()
{
    private readonly List<StepDefinition> _steps = [];
    private string? _version;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep<TState>>? steps = null)
        : base(dialogId)
    {
        foreach (var step in steps ?? [])
        {
            AddStep(step);
        }
    }

    /// <summary>Bump to restart stored instances after a change the step names and count do not show.</summary>
    public string? Version { get; init; }

    public int StepCount => _steps.Count;

    /// <summary>
    /// Adds a step. <paramref name="name"/> defaults to the method's name (lambdas get their position); names and count
    /// make up the version stamp. <paramref name="help"/> is this step's help when the user asks for it.
    /// </summary>
    public WaterfallDialog<TState> AddStep(WaterfallStep<TState> step, string? name = null, string? help = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        var methodName = step.Method.Name;
        var defaultName = methodName.Contains('<', StringComparison.Ordinal) ? $"#{_steps.Count}" : methodName;
        _steps.Add(new StepDefinition(step, name ?? defaultName, help));
        _version = null;
        return this;
    }

    public override string GetVersion() => _version ??=
        DialogVersion.Hash(["waterfall", Id, Version, typeof(TState).FullName, _steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), .. _steps.Select(s => s.Name)]);

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.ActiveDialog!.SetState(new WaterfallState<TState>());
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message while the waterfall itself waits (no prompt open): the next step gets its text.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }
        var text = PromptInput.From(dc.Context.Activity)?.Text;
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, text is null ? null : (JsonElement?)DialogJson.ToElement(text), cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.GetState<WaterfallState<TState>>();
        return RunStepAsync(dc, state.StepIndex + 1, reason, result, cancellationToken);
    }

    public override string? GetHelp(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var index = instance.GetState<WaterfallState<TState>>().StepIndex;
        return index >= 0 && index < _steps.Count ? _steps[index].Help : null;
    }

    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext<TState> stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index].Step(stepContext, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, JsonElement? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }
        var instance = dc.ActiveDialog!;
        var state = instance.GetState<WaterfallState<TState>>();
        state.State ??= new TState();
        state.StepIndex = index;
        var stepContext = new WaterfallStepContext<TState>(this, dc, instance, state.State, index, _steps[index].Name, reason, result);
        return await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);
    }

    private sealed record StepDefinition(WaterfallStep<TState> Step, string Name, string? Help);
}

/// <summary>What a waterfall keeps in its instance: the current step and the typed step state.</summary>
public sealed class WaterfallState<TState> where TState : class, new()
{
    public int StepIndex { get; set; }
    public TState State { get; set; } = new();
}
