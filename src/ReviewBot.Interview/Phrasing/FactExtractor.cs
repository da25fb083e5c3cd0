using System.Text.RegularExpressions;
using ReviewBot.Drafts.Composition;

namespace ReviewBot.Interview.Phrasing;

public enum FactKind
{
    /// <summary>《…》</summary>
    DocumentTitle,
    /// <summary>“…” "…" 「…」 ‘…’ — the words inside must be kept.</summary>
    Quoted,
    Date,
    Time,
    Percentage,
    /// <summary>Hotlines and phone numbers: 12348, 13812345678, 0571-12345678.</summary>
    PhoneNumber,
    /// <summary>Names recognised by their ending: 枫桥经验, 法律援助中心, 市司法局, 党组会议, 惠企工程.</summary>
    ProperNoun,
    /// <summary>A number with its unit: 4次, 41.7万元, 两名, 30余人次.</summary>
    Number,
    /// <summary>Latin letters: OA, APP, 12348 in “12348热线” is a phone number.</summary>
    Latin,
}

/// <summary>A fact in the user's words. <see cref="Key"/> is what an output must contain to keep it.</summary>
public sealed record Fact(FactKind Kind, string Text, int Index, string Key);

/// <summary>
/// Pulls the facts out of the user's words — numbers with units, dates and times, percentages, hotlines, quoted terms and
/// document titles, names recognised by their ending — so phrasing (built-in or LLM) can be checked for losing none.
/// </summary>
public static partial class FactExtractor
{
    private static readonly string[] GenericExperience =
        ["工作", "先进", "成功", "有益", "宝贵", "实践", "典型", "管理", "丰富", "相关", "基层", "推广", "好的", "新鲜", "有效", "积累"];

    private const string LeadingStopChars = "的了在是和与及对把被将从向给为以也都就又还很不没这那此该每各某其次个些召开参加去到";

    public static IReadOnlyList<Fact> Extract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var source = ChinesePunctuation.Normalize(text);
        var taken = new List<(int Start, int End)>();
        var facts = new List<Fact>();

        void Take(FactKind kind, Regex pattern, Func<Match, string?> key)
        {
            foreach (Match m in pattern.Matches(source))
            {
                var (start, end) = (m.Index, m.Index + m.Length);
                if (taken.Any(t => start < t.End && t.Start < end))
                {
                    continue;
                }
                var k = key(m);
                if (string.IsNullOrWhiteSpace(k))
                {
                    continue;
                }
                var offset = m.Value.IndexOf(k, StringComparison.Ordinal);
                var text = offset >= 0 ? k : m.Value;
                taken.Add((start, end));
                facts.Add(new Fact(kind, text, start + Math.Max(offset, 0), k));
            }
        }

        Take(FactKind.DocumentTitle, DocumentTitlePattern(), m => m.Value);
        Take(FactKind.Quoted, QuotedPattern(), m => FirstGroup(m));
        Take(FactKind.Date, DatePattern(), m => m.Value);
        Take(FactKind.Time, TimePattern(), m => m.Value);
        Take(FactKind.Percentage, PercentagePattern(), m => m.Value);
        Take(FactKind.PhoneNumber, PhonePattern(), m => m.Value);
        Take(FactKind.ProperNoun, ProperNounPattern(), m => ProperNoun(m.Value));
        Take(FactKind.Number, NumberPattern(), m => m.Value);
        Take(FactKind.Number, ChineseCountPattern(), m => m.Value);
        Take(FactKind.Latin, LatinPattern(), m => m.Value);

        return facts.OrderBy(f => f.Index).DistinctBy(f => f.Key).ToList();
    }

    /// <summary>The facts of <paramref name="source"/> that <paramref name="output"/> does not contain (compared after punctuation normalisation).</summary>
    public static IReadOnlyList<Fact> MissingFacts(string source, string output)
    {
        var normalized = Comparable(output);
        return Extract(source).Where(f => !normalized.Contains(Comparable(f.Key), StringComparison.Ordinal)).ToList();
    }

    /// <summary>True when <paramref name="output"/> keeps the fact.</summary>
    public static bool Keeps(string output, Fact fact) =>
        Comparable(output).Contains(Comparable(fact.Key), StringComparison.Ordinal);

    private static string Comparable(string text) => ChinesePunctuation.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static string FirstGroup(Match m) =>
        m.Groups.Cast<Group>().Skip(1).FirstOrDefault(g => g.Success)?.Value.Trim() ?? string.Empty;

    /// <summary>Trims leading function words ("这次党组会议" → "党组会议"); drops generic ones (工作经验).</summary>
    private static string? ProperNoun(string value)
    {
        var start = 0;
        while (start < value.Length - 2 && LeadingStopChars.Contains(value[start]))
        {
            start++;
        }
        var noun = value[start..];
        // A pronoun inside means the match ran past the name's start ("合我们局"): keep only what follows it.
        var pronoun = noun.LastIndexOfAny(['我', '们', '你', '他', '她', '咱']);
        if (pronoun >= 0)
        {
            noun = noun[(pronoun + 1)..];
        }
        if (noun.EndsWith("经验", StringComparison.Ordinal) && GenericExperience.Any(g => noun.StartsWith(g, StringComparison.Ordinal)))
        {
            return null;
        }
        return noun.Length >= 3 || (noun.Length == 2 && (noun.EndsWith('局') || noun.EndsWith('科'))) ? noun : null;
    }

    [GeneratedRegex(@"《[^《》\n]{1,60}》")]
    private static partial Regex DocumentTitlePattern();

    [GeneratedRegex(@"“([^“”\n]{1,40})”|""([^""\n]{1,40})""|「([^「」\n]{1,40})」|‘([^‘’\n]{1,40})’")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"\d{4}年(\d{1,2}月(\d{1,2}[日号])?)?(份|底|初|以来)?|\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?(?!\d)|\d{1,2}月\d{1,2}[日号]|(?<!\d)\d{1,2}月(份|底|初|中旬|上旬|下旬)?|[〇零一二三四五六七八九]{4}年|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}月份")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<!\d)\d{1,2}[:：]\d{2}(?!\d)|(?<!\d)\d{1,2}(点|时)(\d{1,2}分|半)?")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"\d+(\.\d+)?\s*[%％]|百分之[零一二三四五六七八九十百点]+")]
    private static partial Regex PercentagePattern();

    [GeneratedRegex(@"(?<!\d)(1[3-9]\d{9}|0\d{2,3}-\d{7,8}|\d{5,})(?!\d)")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[\u4e00-\u9fff]{2}(经验|工程|行动)|[\u4e00-\u9fff]{2,4}(热线|平台)|[\u4e00-\u9fff]{2,4}(中心(?!组|工作|任务)|会议|委员会|办公室)|[\u4e00-\u9fff]{1,3}(?<![大格结布开全时定败变僵残当])局(?!面|势|部)|[\u4e00-\u9fff]{1,3}(?<![学本专外内文理工医妇儿])科(?![学技研普])|[\u4e00-\u9fff]{0,3}[委府访编治建改]办")]
    private static partial Regex ProperNounPattern();

    [GeneratedRegex(@"\d+(\.\d+)?(万|亿|千|百)?(余|多)?(人次|课时|学时|分钟|小时|万元|亿元|批次|个|次|名|人|条|件|项|场|篇|天|周|期|家|户|元|份|批|起|所|处|本|位|支|轮|年|遍|页|字|台|辆|套|类|章|节|期)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<![\u4e00-\u9fff])[一二两三四五六七八九十百千万]+(余|多)?(人次|个月|次|名|条|件|项|场|篇|天|家|户|份|批|起|位|轮|遍|周|年)|(?<=[\u4e00-\u9fff])[二两三四五六七八九十百千万]+(余|多)?(人次|个月|次|名|条|件|项|场|篇|天|家|户|份|批|起|位|轮|遍|周)|(?<=[了过有仅只才])一(次|名|条|件|项|场|篇|天|家|个月|周)|十几(人次|次|名|条|件|项|个)|几十(人次|次|名|条|件|项|个)")]
    private static partial Regex ChineseCountPattern();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9\-]+")]
    private static partial Regex LatinPattern();
}
