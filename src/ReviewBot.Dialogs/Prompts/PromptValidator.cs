namespace ReviewBot.Dialogs.Prompts;

/// <summary>
/// Decides whether a recognized answer is acceptable (it may also accept an unrecognized one, or change the value).
/// A validator that sends its own message suppresses the prompt's retry message for that answer.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
