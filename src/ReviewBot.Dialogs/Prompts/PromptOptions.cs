using System.Text.Json;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Prompts;

/// <summary>What a prompt asks and how. Stored with the prompt's instance, so keep it plain data.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent instead of <see cref="Prompt"/> after an answer that did not fit; defaults to the prompt.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The options of a <see cref="ChoicePrompt"/>.</summary>
    public List<Choice>? Choices { get; set; }

    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Free-form data for the validator (e.g. limits), read with <see cref="PromptValidatorContext{T}.GetValidations{TValidations}"/>.</summary>
    public JsonElement? Validations { get; set; }

    /// <summary>
    /// After this many answers that did not fit, the prompt ends with no result and the caller resumes with
    /// <see cref="DialogReason.MaxAttemptsExceeded"/> (<see cref="WaterfallStepContext{TState}.PromptExhausted"/>). Null: ask until answered.
    /// </summary>
    public int? MaxAttempts { get; set; }

    /// <summary>Help for this question, shown when the user asks for help (<see cref="DialogContext.GetActiveHelp"/>).</summary>
    public string? Help { get; set; }

    /// <summary>Options with a text question, and optionally a text retry prompt, choices and help.</summary>
    public static PromptOptions Create(string prompt, string? retryPrompt = null, IEnumerable<Choice>? choices = null, string? help = null) => new()
    {
        Help = help,
        Prompt = new Activity { Type = ActivityTypes.Message, Text = prompt },
        RetryPrompt = retryPrompt is null ? null : new Activity { Type = ActivityTypes.Message, Text = retryPrompt },
        Choices = choices?.ToList(),
    };
}
