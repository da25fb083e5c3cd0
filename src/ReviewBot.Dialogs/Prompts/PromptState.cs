namespace ReviewBot.Dialogs.Prompts;

/// <summary>What a prompt keeps in its instance (its options are the instance's begin options).</summary>
public sealed class PromptState
{
    public int AttemptCount { get; set; }
}
