namespace ReviewBot.Interview.Phrasing;

/// <summary>
/// What the interview needs to know about the phraser behind <see cref="IPhraser"/> without depending on it: whether a
/// model phrases (then the outline shows model usage) and the line each user is told once before their material goes to
/// it. The built-in default (<see cref="BuiltIn"/>) uses no model and says nothing; a model package registers its own.
/// </summary>
public sealed record PhraserInfo
{
    public static PhraserInfo BuiltIn { get; } = new();

    /// <summary>True when a model phrases (with the built-in phrasing behind it).</summary>
    public bool UsesModel { get; init; }

    /// <summary>Shown once per user (per distinct text) before the model is first used for them; null: nothing to tell.</summary>
    public string? Disclosure { get; init; }

    public static PhraserInfo ForModel(string disclosure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(disclosure);
        return new PhraserInfo { UsesModel = true, Disclosure = disclosure };
    }
}
