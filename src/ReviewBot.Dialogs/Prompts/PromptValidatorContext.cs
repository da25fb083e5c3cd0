using ReviewBot.Builder.Turns;

namespace ReviewBot.Dialogs.Prompts;

public sealed class PromptValidatorContext<T>(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
{
    public ITurnContext Context { get; } = context;

    public PromptRecognizerResult<T> Recognized { get; } = recognized;

    public PromptOptions Options { get; } = options;

    /// <summary>How many answers this prompt has received, this one included (1 on the first answer).</summary>
    public int AttemptCount { get; } = attemptCount;

    public TValidations? GetValidations<TValidations>() => DialogJson.Read<TValidations>(Options.Validations);
}
