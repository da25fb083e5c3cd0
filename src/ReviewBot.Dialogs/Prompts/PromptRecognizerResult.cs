namespace ReviewBot.Dialogs.Prompts;

/// <summary>What a prompt read from the answer; a validator may change <see cref="Value"/>.</summary>
public sealed class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }

    public static PromptRecognizerResult<T> Success(T value) => new() { Succeeded = true, Value = value };

    public static PromptRecognizerResult<T> Failure() => new();
}
