using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown per channel by <see cref="ChoiceRenderer"/>
/// and recognized strictly by <see cref="ChoiceRecognizer"/>. Ends with a <see cref="FoundChoice"/>.
/// </summary>
public class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, System.Text.Json.JsonElement? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (ReadOptions(dc.ActiveDialog!) is not { Choices.Count: > 0 })
        {
            throw new ArgumentException($"Choice prompt '{Id}' needs at least one choice.", nameof(options));
        }
        return base.BeginDialogAsync(dc, options, cancellationToken);
    }

    protected override Activity DecoratePrompt(ITurnContext turnContext, Activity prompt, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var choices = options.Choices ?? [];
        return ChoiceRenderer.Render(prompt, choices, options.Style, turnContext.Activity, PromptMarker.Of(options, choices.Select(c => c.Value)));
    }

    protected override string? MarkerOf(PromptOptions options) => PromptMarker.Of(options, (options.Choices ?? []).Select(c => c.Value));

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.Recognize(input.Text, options.Choices ?? []);
        return Task.FromResult(found is null ? PromptRecognizerResult<FoundChoice>.Failure() : PromptRecognizerResult<FoundChoice>.Success(found));
    }
}
