namespace ReviewBot.Dialogs.Choices;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    /// <summary>By channel (see <see cref="ChoiceRenderer.ResolveStyle"/>).</summary>
    Auto,

    /// <summary>The prompt text only.</summary>
    None,

    /// <summary>A numbered list in the text (1. …), answered by number or title.</summary>
    List,

    /// <summary>imBack suggested actions whose value equals their title.</summary>
    SuggestedAction,

    /// <summary>An Adaptive Card 1.5 with one Action.Submit button per choice.</summary>
    AdaptiveCard,
}
