using System.Text.Json;

namespace ReviewBot.Dialogs;

/// <summary>
/// What a waterfall step sees: its position, the waterfall's options and typed <see cref="State"/>, the previous
/// step's or prompt's <see cref="Result"/>. It is a <see cref="DialogContext"/> over the same stack, so a step can
/// begin dialogs and prompts directly.
/// </summary>
public sealed class WaterfallStepContext<TState> : DialogContext where TState : class, new()
{
    private readonly WaterfallDialog<TState> _waterfall;
    private readonly DialogInstance _instance;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog<TState> waterfall, DialogContext dc, DialogInstance instance, TState state, int index, string name,
        DialogReason reason, JsonElement? result)
        : base(dc)
    {
        _waterfall = waterfall;
        _instance = instance;
        State = state;
        Index = index;
        Name = name;
        Reason = reason;
        Result = result;
    }

    public int Index { get; }

    public string Name { get; }

    /// <summary>Why this step runs: BeginCalled, ContinueCalled, EndCalled (a child ended), NextCalled or MaxAttemptsExceeded.</summary>
    public DialogReason Reason { get; }

    /// <summary>The previous step's or child dialog's result; null when there was none.</summary>
    public JsonElement? Result { get; }

    /// <summary>The options the waterfall began with.</summary>
    public JsonElement? Options => _instance.Options;

    /// <summary>The waterfall's typed state; changes are saved with the turn.</summary>
    public TState State { get; }

    /// <summary>True when the prompt this step waited for gave up after its maximum number of attempts.</summary>
    public bool PromptExhausted => Reason == DialogReason.MaxAttemptsExceeded;

    public T? GetResult<T>() => DialogJson.Read<T>(Result);

    public T? GetOptions<T>()
    {
        try
        {
            return _instance.ReadOptions<T>();
        }
        catch (JsonException ex)
        {
            throw new DialogStateException(_instance, ex);
        }
    }

    public Task<DialogTurnResult> NextAsync(CancellationToken cancellationToken) => NextAsync((JsonElement?)null, cancellationToken);

    public Task<DialogTurnResult> NextAsync<TResult>(TResult result, CancellationToken cancellationToken = default) =>
        NextAsync((JsonElement?)DialogJson.ToElement(result), cancellationToken);

    /// <summary>Skips to the next step in this turn, handing it <paramref name="result"/>. Only once per step.</summary>
    public Task<DialogTurnResult> NextAsync(JsonElement? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} ({Name}) of '{_waterfall.Id}'.");
        }
        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
