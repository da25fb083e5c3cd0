using System.Text.Json;
using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Prompts;

/// <summary>
/// Asks a question and ends with the answer as <typeparamref name="T"/>. Answers come from message text, Adaptive Card
/// submits and invokes (see <see cref="PromptInput"/>); invokes are answered 200. An answer that does not fit gets the
/// retry prompt (unless the validator sent its own message) until <see cref="PromptOptions.MaxAttempts"/> is reached.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private readonly PromptValidator<T>? _validator;
    private string? _version;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId) => _validator = validator;

    public override string GetVersion() => _version ??= $"{GetType().Name}:{Id}";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var promptOptions = ReadOptions(instance) ?? throw new ArgumentException($"Prompt '{Id}' needs PromptOptions.", nameof(options));
        instance.SetState(new PromptState());
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (PromptInput.From(dc.Context.Activity) is not { } input)
        {
            return EndOfTurn;
        }
        var instance = dc.ActiveDialog!;
        var options = ReadOptions(instance) ?? new PromptOptions();
        var state = instance.GetState<PromptState>();
        if (input.Source == PromptInputSource.Invoke)
        {
            InvokeAnswers.Acknowledge(dc.Context);
        }
        if (input.Asked is { } asked && MarkerOf(options) is { } current && asked != current)
        {
            // A button of an older card (answered, or asked again with other content): not an answer to this question.
            await dc.Context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = DialogTurnScope.Of(dc.Context).StaleCardMessage }, cancellationToken).ConfigureAwait(false);
            await OnPromptAsync(dc.Context, options, isRetry: false, cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }
        var recognized = await OnRecognizeAsync(dc.Context, input, options, cancellationToken).ConfigureAwait(false);
        state.AttemptCount++;
        var sentBefore = dc.Context.Replies.Count;
        var valid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, options, state.AttemptCount), cancellationToken).ConfigureAwait(false);
        if (valid)
        {
            return await dc.EndDialogAsync((JsonElement?)DialogJson.ToElement(recognized.Value), cancellationToken).ConfigureAwait(false);
        }
        if (options.MaxAttempts is { } max && state.AttemptCount >= max)
        {
            return await dc.EndDialogAsync(null, DialogReason.MaxAttemptsExceeded, cancellationToken).ConfigureAwait(false);
        }
        if (dc.Context.Replies.Count == sentBefore)
        {
            await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken).ConfigureAwait(false);
        }
        return EndOfTurn;
    }

    /// <summary>A dialog pushed above the prompt ended: ask again and keep waiting.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, ReadOptions(instance) ?? new PromptOptions(), isRetry: false, cancellationToken);
    }

    public override string? GetHelp(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return ReadOptions(instance)?.Help;
    }

    /// <summary>Sends the question (or the retry prompt), decorated by <see cref="DecoratePrompt"/>.</summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = source is null ? new Activity { Type = ActivityTypes.Message } : Copy(source);
        activity.Type ??= ActivityTypes.Message;
        activity.InputHint ??= InputHints.ExpectingInput;
        activity = DecoratePrompt(turnContext, activity, options);
        if (!string.IsNullOrEmpty(activity.Text) || activity.Attachments is { Count: > 0 } || activity.SuggestedActions is not null)
        {
            await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The <see cref="PromptMarker"/> this prompt puts on its card buttons; null (the default) for prompts without cards.</summary>
    protected virtual string? MarkerOf(PromptOptions options) => null;

    /// <summary>Adds choices or hints to the outgoing question; by default leaves it as is.</summary>
    protected virtual Activity DecoratePrompt(ITurnContext turnContext, Activity prompt, PromptOptions options) => prompt;

    /// <summary>Reads the answer; <see cref="PromptInput.Text"/> is null when the activity carried no usable text.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// The prompt's stored options, read once per turn (every call in the turn gets the same object; prompts only read it).
    /// Unreadable ones raise <see cref="DialogStateException"/> (the runtime restarts).
    /// </summary>
    protected static PromptOptions? ReadOptions(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        try
        {
            return instance.ReadSharedOptions<PromptOptions>();
        }
        catch (JsonException ex)
        {
            throw new DialogStateException(instance, ex);
        }
    }

    private static Activity Copy(Activity activity) =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.ActivityInfo), ProtocolJson.ActivityInfo)!;
}
