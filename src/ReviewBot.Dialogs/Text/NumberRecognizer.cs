using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewBot.Dialogs.Text;

/// <summary>
/// Reads a whole answer as a number, culture-invariant: 12, -3, 1,000, 2.5, full-width １２, Chinese 三 / 十二 / 二十五,
/// optionally followed by one counting word (个, 条, 项, 次, 人, 名, 位, 件). Anything else is not a number.
/// </summary>
public static partial class NumberRecognizer
{
    private const string CountingWords = "个条项次人名位件";

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        var s = InputNormalizer.Normalize(text);
        if (s.Length > 1 && CountingWords.Contains(s[^1], StringComparison.Ordinal))
        {
            s = s[..^1].TrimEnd();
        }
        if (s.Length == 0)
        {
            return false;
        }
        if (ArabicNumber().IsMatch(s))
        {
            return decimal.TryParse(s.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }
        var negative = s.StartsWith('负');
        if (ChineseNumerals.TryParse(negative ? s[1..] : s, out var whole))
        {
            value = negative ? -whole : whole;
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex ArabicNumber();
}
