namespace ReviewBot.Dialogs.Prompts;

/// <summary>Where an answer came from.</summary>
public enum PromptInputSource
{
    /// <summary>A message's text (typed, or posted by an imBack button).</summary>
    Text,

    /// <summary>An Adaptive Card Action.Submit: a message with empty text and a <c>value</c> object.</summary>
    CardSubmit,

    /// <summary>An invoke: <c>adaptiveCard/action</c> (Action.Execute) or <c>suggestedAction/submit</c>.</summary>
    Invoke,
}
