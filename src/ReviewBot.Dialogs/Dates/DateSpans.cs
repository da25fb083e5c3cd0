using System.Text.RegularExpressions;

namespace ReviewBot.Dialogs.Dates;

/// <summary>The relative expressions of <see cref="ChineseDateResolver"/>: spans from today, weeks and named days.</summary>
internal static partial class DateSpans
{
    /// <summary>三个月内 → today + 3 months; 半年内 → + 6 months; 半个月内 → + 15 days; 一个半月内; 两周内; 10天内; 一年内; 两个季度内.</summary>
    public static DateOnly? Within(string s, DateOnly today)
    {
        var m = WithinPattern().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var half = m.Groups["n"].Value == "半";
        var count = half ? 0 : ChineseDateResolver.Number(m, "n") ?? -1;
        var plusHalf = m.Groups["half"].Success;
        if (count < 0 || count > 120 || (half && plusHalf) || (count == 0 && !half))
        {
            return null;
        }
        var n = (int)count;
        return m.Groups["unit"].Value switch
        {
            "月" => today.AddMonths(n).AddDays(half || plusHalf ? 15 : 0),
            "年" => today.AddYears(n).AddMonths(half || plusHalf ? 6 : 0),
            "季度" when !half && !plusHalf => today.AddMonths(3 * n),
            "周" or "星期" or "礼拜" when !half && !plusHalf => today.AddDays(7 * n),
            "天" or "日" when !half && !plusHalf => today.AddDays(n),
            _ => null,
        };
    }

    /// <summary>本周 / 下周 (→ that week's Sunday), 周末, 下周五, 周三 (this week's, or next week's once passed), 今天, 明天, 后天.</summary>
    public static DateOnly? WeekOrDay(string s, DateOnly today)
    {
        switch (s)
        {
            case "今天" or "今日":
                return today;
            case "明天" or "明日":
                return today.AddDays(1);
            case "后天":
                return today.AddDays(2);
        }
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        if (WeekPattern().Match(s) is { Success: true } week)
        {
            return monday.AddDays(IsNext(week) ? 13 : 6);
        }
        if (WeekdayPattern().Match(s) is not { Success: true } m)
        {
            return null;
        }
        var offset = "一二三四五六日天1234567".IndexOf(m.Groups["wd"].Value[0], StringComparison.Ordinal) switch
        {
            var i and < 7 => i,
            7 => 6,
            var i => i - 8,
        };
        var day = monday.AddDays(offset + (IsNext(m) ? 7 : 0));
        return m.Groups["rel"].Success || day >= today ? day : day.AddDays(7);
    }

    private static bool IsNext(Match m) => m.Groups["rel"].Value.StartsWith('下');

    [GeneratedRegex("^(?<n>[0-9零〇一二两三四五六七八九十]{1,3}|半)个?(?<half>半)?(?<unit>月|周|星期|礼拜|天|日|年|季度)(?:内|以内|之内)$")]
    private static partial Regex WithinPattern();

    [GeneratedRegex("^(?:(?<rel>本|这个|这|下个|下)(?:周|星期|礼拜)(?:内|以内|末)?|(?:周|星期)末)$")]
    private static partial Regex WeekPattern();

    [GeneratedRegex("^(?<rel>本|这个|这|下个|下)?(?:周|星期|礼拜)(?<wd>[一二三四五六日天1-7])$")]
    private static partial Regex WeekdayPattern();
}
