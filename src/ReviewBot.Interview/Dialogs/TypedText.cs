namespace ReviewBot.Interview.Dialogs;

/// <summary>Splits what a user typed for an item into its headline (up to the first 。) and the rest.</summary>
public static class TypedText
{
    public static (string Headline, string? Body) Split(string text)
    {
        var trimmed = text.Trim();
        var stop = trimmed.IndexOf('。', StringComparison.Ordinal);
        var headline = stop > 0 ? trimmed[..stop] : trimmed.TrimEnd('。');
        var rest = stop > 0 && stop + 1 < trimmed.Length ? trimmed[(stop + 1)..].Trim() : null;
        return (headline.Trim(), string.IsNullOrWhiteSpace(rest) ? null : rest);
    }
}
