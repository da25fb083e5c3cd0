using System.Text.Json.Serialization;

namespace ReviewBot.Dialogs.Choices;

/// <summary>
/// One option of a choice prompt. <see cref="Value"/> is what the prompt returns; <see cref="Title"/> is what the
/// button shows (defaults to the value). Buttons send their title, so a user's click and a typed title both match.
/// </summary>
public sealed record Choice(string Value)
{
    /// <summary>
    /// For the serializer only: it fills the properties in instead of calling the positional constructor, which reads
    /// the same JSON the same way at a third of the cost (choices are read with every prompt's options).
    /// </summary>
    [JsonConstructor]
    private Choice()
        : this(Value: null!)
    {
    }

    public string? Title { get; init; }

    /// <summary>Other exact answers that select this choice (e.g. 修改 for 修改这一条).</summary>
    public IReadOnlyList<string>? Synonyms { get; init; }

    [JsonIgnore]
    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Value : Title;
}
