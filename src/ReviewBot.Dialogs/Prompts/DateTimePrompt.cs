using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Dates;

namespace ReviewBot.Dialogs.Prompts;

/// <summary>
/// Asks for a deadline in everyday Chinese (see <see cref="ChineseDateResolver"/>), resolved against the user's local
/// date from <see cref="UserClock"/>. Ends with a <see cref="DateResolution"/>.
/// </summary>
public class DateTimePrompt(string dialogId, PromptValidator<DateResolution>? validator = null, UserClock? clock = null)
    : Prompt<DateResolution>(dialogId, validator)
{
    private readonly UserClock _clock = clock ?? UserClock.Default;

    protected override Task<PromptRecognizerResult<DateResolution>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(input);
        var resolved = ChineseDateResolver.Resolve(input.Text, _clock.Today(turnContext.Activity));
        return Task.FromResult(resolved is null
            ? PromptRecognizerResult<DateResolution>.Failure()
            : PromptRecognizerResult<DateResolution>.Success(resolved));
    }
}
