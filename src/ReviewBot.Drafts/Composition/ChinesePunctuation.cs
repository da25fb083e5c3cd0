using System.Text;
using System.Text.RegularExpressions;

namespace ReviewBot.Drafts.Composition;

/// <summary>
/// Puts Chinese text into the genre's punctuation: ASCII , . ; : ? ! ( ) " used as Chinese punctuation become
/// ，。；：？！（）“”, while decimals (41.7), times (9:30), thousands (1,000) and English stay as typed. Spaces next to
/// Chinese characters go, full-width digits become ASCII, doubled marks are collapsed (no 。。 or ，。).
/// </summary>
public static partial class ChinesePunctuation
{
    /// <summary>Marks that end a sentence.</summary>
    public const string SentenceEnds = "。！？";

    private const string WeakMarks = "，、；：,;:";

    public static bool IsHan(char c) =>
        c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff';

    /// <summary>Han characters and full-width punctuation: the context in which ASCII marks are read as Chinese ones.</summary>
    public static bool IsChinese(char c) =>
        IsHan(c) || c is >= '\u3000' and <= '\u303f' or >= '\uff01' and <= '\uff5e' or '“' or '”' or '‘' or '’' or '…' or '—' or '·';

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var s = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        s = ToHalfWidthDigits(s);
        s = Ellipsis().Replace(s, "……");
        s = SpaceBeforeChinese().Replace(s, string.Empty);
        s = SpaceAfterChinese().Replace(s, string.Empty);
        s = ConvertMarks(s);
        s = CollapseMarks(s);
        return s.Trim();
    }

    /// <summary>
    /// Ends the text with exactly one sentence mark: trailing ，、；： are dropped and 。 is added unless the text already
    /// ends with 。！？ (also inside a closing quote) or an ellipsis. Blank text stays blank.
    /// </summary>
    public static string EnsureSentenceEnd(string? text)
    {
        var s = TrimEndPunctuation(text);
        if (s.Length == 0)
        {
            return s;
        }
        var last = s[^1];
        if (SentenceEnds.Contains(last) || last == '…')
        {
            return s;
        }
        if (last is '”' or '’' or '）' or '》' or '】' && s.Length > 1 && SentenceEnds.Contains(s[^2]))
        {
            return s;
        }
        return s + "。";
    }

    /// <summary>Drops trailing commas, semicolons, colons and enumeration commas (full- or half-width) and spaces.</summary>
    public static string TrimEndPunctuation(string? text)
    {
        var s = (text ?? string.Empty).TrimEnd();
        var end = s.Length;
        while (end > 0 && (WeakMarks.Contains(s[end - 1]) || char.IsWhiteSpace(s[end - 1])))
        {
            end--;
        }
        return s[..end];
    }

    /// <summary>Drops a final 。 (or ！？ and trailing weak marks) — for text that the composer ends itself.</summary>
    public static string TrimSentenceEnd(string? text)
    {
        var s = TrimEndPunctuation(text);
        while (s.Length > 0 && (SentenceEnds.Contains(s[^1]) || s[^1] == '.'))
        {
            s = TrimEndPunctuation(s[..^1]);
        }
        return s;
    }

    private static string ToHalfWidthDigits(string s)
    {
        if (!s.Any(c => c is >= '０' and <= '９' or '％'))
        {
            return s;
        }
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '０' and <= '９' => (char)('0' + (chars[i] - '０')),
                '％' => '%',
                _ => chars[i],
            };
        }
        return new string(chars);
    }

    private static string ConvertMarks(string s)
    {
        var chars = s.ToCharArray();
        ConvertPairs(chars, '(', ')', '（', '）');
        ConvertQuotes(chars);
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is not (',' or '.' or ';' or ':' or '?' or '!'))
            {
                continue;
            }
            var prev = i > 0 ? chars[i - 1] : '\0';
            var next = i + 1 < chars.Length ? chars[i + 1] : '\0';
            var chineseAround = IsChinese(prev) || IsChinese(next);
            chars[i] = c switch
            {
                ',' when char.IsAsciiDigit(prev) && IsThousandsGroup(chars, i + 1) => c,
                ',' when chineseAround || (char.IsAsciiDigit(prev) && char.IsAsciiDigit(next)) => '，',
                '.' when char.IsAsciiDigit(prev) && char.IsAsciiDigit(next) => c,
                '.' when IsSentencePeriod(chars, i) => '。',
                ':' when char.IsAsciiDigit(prev) && char.IsAsciiDigit(next) => c,
                ':' when chineseAround => '：',
                ';' when chineseAround => '；',
                '?' when chineseAround => '？',
                '!' when chineseAround => '！',
                _ => c,
            };
        }
        return new string(chars);
    }

    private static bool IsThousandsGroup(char[] chars, int start) =>
        start + 3 <= chars.Length
        && char.IsAsciiDigit(chars[start]) && char.IsAsciiDigit(chars[start + 1]) && char.IsAsciiDigit(chars[start + 2])
        && (start + 3 == chars.Length || !char.IsAsciiDigit(chars[start + 3]));

    /// <summary>A "." ends a Chinese sentence when it follows Chinese (or a number inside Chinese text) and is not a list marker.</summary>
    private static bool IsSentencePeriod(char[] chars, int i)
    {
        var prev = i > 0 ? chars[i - 1] : '\0';
        var next = i + 1 < chars.Length ? chars[i + 1] : '\0';
        var nextOk = next is '\0' or '\n' || IsChinese(next) || char.IsWhiteSpace(next);
        if (!nextOk)
        {
            return false;
        }
        if (IsChinese(prev))
        {
            return true;
        }
        if (!char.IsAsciiDigit(prev))
        {
            return false;
        }
        // "1.学习" at the start of a line is a list marker; "热线12348." inside a Chinese sentence is a full stop.
        var start = i - 1;
        while (start > 0 && char.IsAsciiDigit(chars[start - 1]))
        {
            start--;
        }
        var atLineStart = start == 0 || chars[start - 1] == '\n';
        return !atLineStart && IsChinese(chars[start - 1]);
    }

    private static void ConvertPairs(char[] chars, char open, char close, char fullOpen, char fullClose)
    {
        var stack = new Stack<int>();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == open)
            {
                stack.Push(i);
            }
            else if (chars[i] == close && stack.Count > 0)
            {
                var start = stack.Pop();
                var prev = start > 0 ? chars[start - 1] : '\0';
                var next = i + 1 < chars.Length ? chars[i + 1] : '\0';
                if (IsChinese(prev) || IsChinese(next) || HasHan(chars, start + 1, i))
                {
                    chars[start] = fullOpen;
                    chars[i] = fullClose;
                }
            }
        }
    }

    private static void ConvertQuotes(char[] chars)
    {
        var open = -1;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '"')
            {
                continue;
            }
            if (open < 0)
            {
                open = i;
                continue;
            }
            if (HasHan(chars, open + 1, i))
            {
                chars[open] = '“';
                chars[i] = '”';
            }
            open = -1;
        }
    }

    private static bool HasHan(char[] chars, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsHan(chars[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static string CollapseMarks(string s)
    {
        s = RepeatedMark().Replace(s, "$1");
        s = WeakBeforeStrong().Replace(s, string.Empty);
        s = WeakAfterStrong().Replace(s, string.Empty);
        s = CommaAroundSemicolon().Replace(s, "；");
        s = CommaAfterColon().Replace(s, "：");
        s = EnumerationBeforeComma().Replace(s, "，");
        return s;
    }

    [GeneratedRegex(@"\.{3,}|。{3,}|…+")]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"[ \t\u3000\u00a0]+(?=[\u3400-\u4dbf\u4e00-\u9fff\u3001-\u303f\uff01-\uff5e“”‘’…—])")]
    private static partial Regex SpaceBeforeChinese();

    [GeneratedRegex(@"(?<=[\u3400-\u4dbf\u4e00-\u9fff\u3001-\u303f\uff01-\uff5e“”‘’…—])[ \t\u3000\u00a0]+")]
    private static partial Regex SpaceAfterChinese();

    [GeneratedRegex(@"([，、；：。！？])\1+")]
    private static partial Regex RepeatedMark();

    [GeneratedRegex(@"[，、；：]+(?=[。！？])")]
    private static partial Regex WeakBeforeStrong();

    [GeneratedRegex(@"(?<=[。！？])[，、；：]+")]
    private static partial Regex WeakAfterStrong();

    [GeneratedRegex(@"[，、]*；[，、]*")]
    private static partial Regex CommaAroundSemicolon();

    [GeneratedRegex(@"：[，、]+")]
    private static partial Regex CommaAfterColon();

    [GeneratedRegex(@"、+，|，、+")]
    private static partial Regex EnumerationBeforeComma();
}
