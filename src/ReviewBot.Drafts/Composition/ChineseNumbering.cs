namespace ReviewBot.Drafts.Composition;

/// <summary>
/// The genre's ordinals: 一、 for parts, （一） for items, 一是 for run-in points; 十一, 二十, 九十九 and so on up to 999.
/// </summary>
public static class ChineseNumbering
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>The Chinese numeral for 1–999: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.</summary>
    public static string Numeral(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 999);
        var hundreds = n / 100;
        var tens = n / 10 % 10;
        var units = n % 10;
        var text = string.Empty;
        if (hundreds > 0)
        {
            text = Digits[hundreds] + "百";
            if (tens == 0 && units > 0)
            {
                return text + "零" + Digits[units];
            }
        }
        if (tens > 0)
        {
            // 十二 rather than 一十二 when it stands alone; 一百一十二 inside a hundred.
            text += (tens == 1 && hundreds == 0 ? string.Empty : Digits[tens]) + "十";
        }
        if (units > 0)
        {
            text += Digits[units];
        }
        return text;
    }

    /// <summary>A count: like <see cref="Numeral"/> but 2 reads 两 (两个方面).</summary>
    public static string Count(int n) => n == 2 ? "两" : Numeral(n);

    /// <summary>Part heading number: 一、</summary>
    public static string Part(int n) => Numeral(n) + "、";

    /// <summary>Item number: （一）</summary>
    public static string Item(int n) => "（" + Numeral(n) + "）";

    /// <summary>Run-in point: 一是</summary>
    public static string Point(int n) => Numeral(n) + "是";

    /// <summary>A point in the chosen style: 一是 or 1.</summary>
    public static string Point(int n, Model.PointStyle style) =>
        style == Model.PointStyle.Arabic ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." : Point(n);
}
