using System.Text.RegularExpressions;

namespace ReviewBot.Interview.Dialogs.Setup;

/// <summary>Reads a typed list of aspect names (顿号、逗号、分号 or new lines; leading numbering dropped).</summary>
public static partial class AspectList
{
    private static readonly char[] Separators = ['、', '，', ',', '；', ';', '\n', '\r', '。'];

    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? string.Empty)
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => Numbering().Replace(item, string.Empty).Trim('“', '”', '"', ' ', '　'))
            .Where(name => name.Length is > 0 and <= 40 && !OnlyNumerals().IsMatch(name))
            .Distinct(StringComparer.Ordinal)
            .Take(12)
            .ToList();

    [GeneratedRegex(@"^(?:[（(][0-9一二三四五六七八九十]+[)）]|[0-9]+[.．)）]|[一二三四五六七八九十]+是)\s*")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^[0-9一二三四五六七八九十]+$")]
    private static partial Regex OnlyNumerals();
}
