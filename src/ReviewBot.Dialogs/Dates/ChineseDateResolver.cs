using System.Text.RegularExpressions;
using ReviewBot.Dialogs.Text;

namespace ReviewBot.Dialogs.Dates;

/// <summary>
/// Resolves the deadline expressions people write in 整改措施 against a reference date (the user's "today").
/// The whole answer must be one expression; fillers around it are dropped (截至/力争/于… before, 前/之前/完成/到位… after).
/// <list type="bullet">
/// <item>Dates: 2024年6月30日, 2024-06-30, 2024/6/30, 2024.6.30, 6月30日, 下个月15号, 15号.</item>
/// <item>Parts of a month (deadline = end of the part): 底/末/下旬/内 or a bare month → last day; 中旬 → 20th;
/// 上旬/初 → 10th; 月中 → 15th. 6月底, 明年3月, 下月底, 本月底, 月底.</item>
/// <item>Years: 年底/年末/年内/今年底/本年度内 → 12-31; 明年底; 2025年; 上半年 → 6-30, 下半年 → 12-31.</item>
/// <item>Quarters: 第三季度, 三季度末 → last day of the quarter; 本季度, 下季度.</item>
/// <item>Spans from today: 三个月内, 3个月内, 半年内 (6 months), 半个月内 (15 days), 两周内, 10天内, 一年内.</item>
/// <item>Weeks and days: 本周, 下周五, 周末, 今天, 明天, 后天.</item>
/// <item>立行立改 / 立即 / 马上 … → <see cref="DateResolutionKind.Immediate"/>; 长期坚持 / 长期 / 持续 / 常态化 … →
/// <see cref="DateResolutionKind.Ongoing"/> (matched at the start, so 立行立改、长期坚持 is immediate).</item>
/// </list>
/// A day or month given without a year that has already passed this year means next year. Impossible dates
/// (2月30日) and anything else resolve to null.
/// </summary>
public static partial class ChineseDateResolver
{
    private static readonly string[] Prefixes =
        ["截止到", "截至到", "截止于", "截至", "截止", "预计在", "预计", "计划在", "计划", "争取在", "争取", "力争在", "力争",
         "确保在", "确保", "最迟在", "最迟", "最晚", "不晚于", "务必", "于", "在", "到"];

    private static readonly string[] Suffixes =
        ["整改完成", "整改到位", "落实到位", "全部完成", "基本完成", "完成", "到位", "完毕", "结束", "为止", "之前", "以前", "前", "止"];

    public static DateResolution? Resolve(string? text, DateOnly today)
    {
        var words = text?.Trim();
        if (string.IsNullOrEmpty(words))
        {
            return null;
        }
        var s = Clean(words);
        if (s.Length == 0)
        {
            return null;
        }
        if (Immediate().IsMatch(s))
        {
            return new DateResolution(DateResolutionKind.Immediate, null, words);
        }
        if (Ongoing().IsMatch(s))
        {
            return new DateResolution(DateResolutionKind.Ongoing, null, words);
        }
        return ResolveDate(s, today) is { } date ? DateResolution.OnDate(date, words) : null;
    }

    private static DateOnly? ResolveDate(string s, DateOnly today) =>
        FullDate(s) ?? MonthDay(s, today) ?? MonthPart(s, today) ?? RelativeMonth(s, today) ?? DayOfMonth(s, today)
        ?? YearEnd(s, today) ?? HalfYear(s, today) ?? Quarter(s, today) ?? DateSpans.Within(s, today) ?? DateSpans.WeekOrDay(s, today);

    private static string Clean(string text)
    {
        var s = string.Concat(InputNormalizer.Normalize(text).Where(c => !char.IsWhiteSpace(c))).TrimEnd('，', ',', '；', ';');
        for (var changed = true; changed && s.Length > 0;)
        {
            changed = false;
            foreach (var prefix in Prefixes)
            {
                if (s.Length > prefix.Length && s.StartsWith(prefix, StringComparison.Ordinal))
                {
                    s = s[prefix.Length..];
                    changed = true;
                }
            }
            foreach (var suffix in Suffixes)
            {
                if (s.Length > suffix.Length && s.EndsWith(suffix, StringComparison.Ordinal))
                {
                    s = s[..^suffix.Length];
                    changed = true;
                }
            }
        }
        return s;
    }

    private static DateOnly? FullDate(string s) =>
        FullDatePattern().Match(s) is { Success: true } m && Number(m, "y") is { } y
            ? Make(y, Number(m, "m"), Number(m, "d"))
            : null;

    private static DateOnly? MonthDay(string s, DateOnly today)
    {
        var m = MonthDayPattern().Match(s);
        if (!m.Success || Year(m, today) is not { } year)
        {
            return null;
        }
        var date = Make(year.Value, Number(m, "m"), Number(m, "d"));
        return year.Explicit || date is null || date >= today ? date : Make(year.Value + 1, Number(m, "m"), Number(m, "d"));
    }

    private static DateOnly? MonthPart(string s, DateOnly today)
    {
        var m = MonthPartPattern().Match(s);
        if (!m.Success || Year(m, today) is not { } year || Number(m, "m") is not (>= 1 and <= 12 and var number))
        {
            return null;
        }
        var month = (int)number;
        var part = m.Groups["part"].Value;
        var date = InMonth(year.Value, month, part);
        return year.Explicit || date >= today ? date : InMonth(year.Value + 1, month, part);
    }

    private static DateOnly? RelativeMonth(string s, DateOnly today)
    {
        var m = RelativeMonthPattern().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(m.Groups["rel"].Value switch
        {
            "下下个" or "下下" => 2,
            "下个" or "下" => 1,
            _ => 0,
        });
        return m.Groups["d"].Success
            ? Make(first.Year, first.Month, Number(m, "d"))
            : InMonth(first.Year, first.Month, m.Groups["part"].Value);
    }

    private static DateOnly? DayOfMonth(string s, DateOnly today)
    {
        var m = DayPattern().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var date = Make(today.Year, today.Month, Number(m, "d"));
        if (date >= today)
        {
            return date;
        }
        var next = today.AddMonths(1);
        return Make(next.Year, next.Month, Number(m, "d"));
    }

    private static DateOnly? YearEnd(string s, DateOnly today)
    {
        var m = YearEndPattern().Match(s);
        if (!m.Success || Year(m, today) is not { } year)
        {
            return null;
        }
        var end = m.Groups["end"].Value;
        var named = m.Groups["yp"].Success || m.Groups["y"].Success;
        return named || end.StartsWith('年') ? new DateOnly(year.Value, 12, 31) : null;
    }

    private static DateOnly? HalfYear(string s, DateOnly today)
    {
        var m = HalfYearPattern().Match(s);
        if (!m.Success || Year(m, today) is not { } year)
        {
            return null;
        }
        var month = m.Groups["half"].Value == "上半年" ? 6 : 12;
        var date = InMonth(year.Value, month, "底");
        return year.Explicit || date >= today ? date : InMonth(year.Value + 1, month, "底");
    }

    private static DateOnly? Quarter(string s, DateOnly today)
    {
        var m = QuarterPattern().Match(s);
        if (!m.Success)
        {
            return null;
        }
        if (m.Groups["rel"].Success)
        {
            var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
            var start = quarterStart.AddMonths(m.Groups["rel"].Value.StartsWith('下') ? 3 : 0);
            return InMonth(start.Year, start.Month + 2, "底");
        }
        if (Year(m, today) is not { } year || Number(m, "q") is not { } quarter)
        {
            return null;
        }
        var date = InMonth(year.Value, (int)quarter * 3, "底");
        return year.Explicit || date >= today ? date : InMonth(year.Value + 1, (int)quarter * 3, "底");
    }

    /// <summary>The deadline inside a month named by <paramref name="part"/> (see the class summary).</summary>
    internal static DateOnly InMonth(int year, int month, string part)
    {
        var last = DateTime.DaysInMonth(year, month);
        var day = part switch
        {
            "中旬" => 20,
            "上旬" or "初" => 10,
            "中" => 15,
            _ => last,
        };
        return new DateOnly(year, month, day);
    }

    internal static DateOnly? Make(long? year, long? month, long? day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth((int)year, (int)month)
            ? new DateOnly((int)year, (int)month, (int)day)
            : null;

    internal static long? Number(Match m, string group) =>
        m.Groups[group].Success && ChineseNumerals.TryParse(m.Groups[group].Value, out var value) ? value : null;

    /// <summary>The year a match names; Explicit is false when none was given (then a passed date means next year).</summary>
    private static (int Value, bool Explicit)? Year(Match m, DateOnly today)
    {
        if (m.Groups["y"].Success)
        {
            return Number(m, "y") is { } y and >= 1900 and <= 2200 ? ((int)y, true) : null;
        }
        return m.Groups["yp"].Value switch
        {
            "今年" or "本年" => (today.Year, true),
            "明年" => (today.Year + 1, true),
            "后年" => (today.Year + 2, true),
            _ => (today.Year, false),
        };
    }

    private const string N = "[0-9零〇一二两三四五六七八九十]{1,3}";
    private const string YearPrefix = "(?:(?<yp>今年|本年|明年|后年)|(?<y>[0-9]{4}|[零〇一二三四五六七八九]{4})年)?";
    private const string MonthParts = "底|末|中旬|上旬|下旬|初|中|内|以内";

    [GeneratedRegex("^(立行立改|立即|马上|即知即改|立知立改|立查立改|即查即改|当即|即刻)")]
    private static partial Regex Immediate();

    [GeneratedRegex("^(长期|持续|常态化|常抓不懈|久久为功|经常性)")]
    private static partial Regex Ongoing();

    [GeneratedRegex($"^(?<y>[0-9]{{4}}|[零〇一二三四五六七八九]{{4}})[-/.年](?<m>{N})[-/.月](?<d>{N})[日号]?$")]
    private static partial Regex FullDatePattern();

    [GeneratedRegex($"^{YearPrefix}(?<m>{N})月(?<d>{N})[日号]?$")]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex($"^{YearPrefix}(?<m>{N})月份?(?<part>{MonthParts})?$")]
    private static partial Regex MonthPartPattern();

    [GeneratedRegex($"^(?<rel>下下个|下下|下个|下|本|这个|这|当)?月份?(?:(?<d>{N})[日号]|(?<part>{MonthParts}))$|^(?<rel>下下个|下下|下个|下|本|这个|这|当)月份?$")]
    private static partial Regex RelativeMonthPattern();

    [GeneratedRegex($"^(?<d>{N})[日号]$")]
    private static partial Regex DayPattern();

    [GeneratedRegex($"^{YearPrefix}(?<end>年底|年末|年内|年以内|年度内|年度|全年|底|末|内|以内|之内|度内|度)?$")]
    private static partial Regex YearEndPattern();

    [GeneratedRegex($"^{YearPrefix}(?<half>上半年|下半年)(?:内|末|底)?$")]
    private static partial Regex HalfYearPattern();

    [GeneratedRegex($"^(?:{YearPrefix}第?(?<q>[1-4一二三四])|(?<rel>本|这个|这|当|下个|下))季度(?:末|底|内|以内|之内)?$")]
    private static partial Regex QuarterPattern();
}
