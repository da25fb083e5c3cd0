namespace ReviewBot.Dialogs.Text;

/// <summary>
/// Whole-number reading of Arabic digits and Chinese numerals: 3, 十二, 二十五, 两百, 一百零五, 三万五千, and digit
/// strings such as 二〇二四. Input is expected normalized (half-width digits). The whole text must be a number.
/// </summary>
public static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    public static bool TryParse(string? text, out long value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text) || text.Length > 18)
        {
            return false;
        }
        if (text.All(char.IsAsciiDigit))
        {
            return long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
        }
        if (text.All(c => DigitOf(c) >= 0) && text.Length > 1 && !text.Contains('两', StringComparison.Ordinal))
        {
            foreach (var c in text)
            {
                value = (value * 10) + DigitOf(c);
            }
            return true;
        }
        return TryParseWithUnits(text, out value);
    }

    /// <summary>0–9 for a Chinese or Arabic digit character, else -1.</summary>
    public static int DigitOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        '零' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c, StringComparison.Ordinal),
    };

    private static bool TryParseWithUnits(string text, out long value)
    {
        value = 0;
        long total = 0, section = 0, digit = 0;
        var haveDigit = false;
        foreach (var c in text)
        {
            var d = DigitOf(c);
            if (d >= 0)
            {
                if (haveDigit && d != 0 && digit != 0)
                {
                    return false;
                }
                digit = d;
                haveDigit = true;
                continue;
            }
            switch (c)
            {
                case '十' or '百' or '千':
                    var unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                    section += (haveDigit ? digit : 1) * unit;
                    break;
                case '万':
                    section += haveDigit ? digit : 0;
                    total += section * 10_000;
                    section = 0;
                    break;
                case '亿':
                    section += haveDigit ? digit : 0;
                    total = (total + section) * 100_000_000;
                    section = 0;
                    break;
                default:
                    return false;
            }
            digit = 0;
            haveDigit = false;
        }
        value = total + section + digit;
        return true;
    }
}
