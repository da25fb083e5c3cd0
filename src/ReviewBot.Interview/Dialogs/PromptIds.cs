namespace ReviewBot.Interview.Dialogs;

/// <summary>The prompts registered once in the interview's dialog set.</summary>
public static class PromptIds
{
    /// <summary>A free-text answer checked by <see cref="AnswerRules"/> (commands pass through to the step).</summary>
    public const string Answer = "answerPrompt";
    /// <summary>A short name (unit, person, post).</summary>
    public const string ShortText = "shortTextPrompt";
    public const string Choice = "choicePrompt";
    public const string Confirm = "confirmPrompt";
    public const string Number = "numberPrompt";
    public const string Date = "datePrompt";
}
