namespace ReviewBot.Builder.Storage;

/// <summary>The ETag condition shared by every <see cref="IStorage"/> provider.</summary>
public static class ETagRules
{
    public const string Any = "*";

    /// <summary>Whether a write carrying <paramref name="requested"/> may replace a document whose ETag is <paramref name="current"/> (null = absent).</summary>
    public static bool Allows(string? requested, string? current) => requested switch
    {
        Any => true,
        null or "" => current is null,
        _ => string.Equals(requested, current, StringComparison.Ordinal),
    };
}
