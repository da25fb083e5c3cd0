using ReviewBot.Builder.Turns;

namespace ReviewBot.Dialogs.Prompts;

/// <summary>Asks for free text; any non-blank answer (trimmed) is accepted unless the validator says otherwise.</summary>
public class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(string.IsNullOrWhiteSpace(input.Text)
            ? PromptRecognizerResult<string>.Failure()
            : PromptRecognizerResult<string>.Success(input.Text.Trim()));
    }
}
