using System.Text.RegularExpressions;

namespace ReviewBot.Interview.Dialogs;

/// <summary>Reads the item numbers a user picked from a numbered list (“1 3”, “1、3”, “1,3”, “全部”).</summary>
public static partial class Picks
{
    public static IReadOnlyList<int> Parse(string? text, int count)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        if (text.Trim() is "全部" or "都要" or "all")
        {
            return Enumerable.Range(0, count).ToList();
        }
        return Digits().Matches(text)
            .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) - 1)
            .Where(i => i >= 0 && i < count)
            .Distinct()
            .ToList();
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
