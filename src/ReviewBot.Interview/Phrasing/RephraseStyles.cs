namespace ReviewBot.Interview.Phrasing;

/// <summary>The Chinese labels of <see cref="RephraseStyle"/>, for buttons and typed commands.</summary>
public static class RephraseStyles
{
    private static readonly (RephraseStyle Style, string Label, string[] Aliases)[] All =
    [
        (RephraseStyle.MoreFormal, "更正式", ["正式", "正式一点", "formal"]),
        (RephraseStyle.MoreConcise, "更简洁", ["简洁", "简洁一点", "短一点", "concise"]),
        (RephraseStyle.MoreSpecific, "更具体", ["具体", "具体一点", "specific"]),
        (RephraseStyle.Alternative, "换个说法", ["换一个", "换一种说法", "换", "another"]),
    ];

    public static string Label(RephraseStyle style) => All.First(s => s.Style == style).Label;

    public static IReadOnlyList<string> Labels { get; } = All.Select(s => s.Label).ToList();

    public static bool TryParse(string? text, out RephraseStyle style)
    {
        var t = (text ?? string.Empty).Trim().TrimEnd('。', '！', '!', '.');
        foreach (var entry in All)
        {
            if (t == entry.Label || entry.Aliases.Contains(t, StringComparer.OrdinalIgnoreCase))
            {
                style = entry.Style;
                return true;
            }
        }
        style = default;
        return false;
    }
}
