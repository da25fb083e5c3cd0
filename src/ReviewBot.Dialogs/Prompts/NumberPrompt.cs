using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Text;

namespace ReviewBot.Dialogs.Prompts;

/// <summary>Asks for a number (see <see cref="NumberRecognizer"/>: Arabic, full-width or Chinese numerals). Ends with a decimal.</summary>
public class NumberPrompt(string dialogId, PromptValidator<decimal>? validator = null) : Prompt<decimal>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<decimal>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(NumberRecognizer.TryParse(input.Text, out var value)
            ? PromptRecognizerResult<decimal>.Success(value)
            : PromptRecognizerResult<decimal>.Failure());
    }
}
