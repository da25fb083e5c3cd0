namespace ReviewBot.Dialogs.Choices;

/// <summary>The choice a user picked: its value, its 0-based position and its title.</summary>
public sealed record FoundChoice(string Value, int Index, string Title);
