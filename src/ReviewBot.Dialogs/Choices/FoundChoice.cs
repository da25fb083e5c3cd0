using System.Text.Json.Serialization;

namespace ReviewBot.Dialogs.Choices;

/// <summary>The choice a user picked: its value, its 0-based position and its title.</summary>
public sealed record FoundChoice(string Value, int Index, string Title)
{
    /// <summary>For the serializer only: filling the properties in reads the same JSON as the positional constructor, faster.</summary>
    [JsonConstructor]
    private FoundChoice()
        : this(null!, 0, null!)
    {
    }
}
