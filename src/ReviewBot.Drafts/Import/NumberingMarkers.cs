using System.Text.RegularExpressions;

namespace ReviewBot.Drafts.Import;

/// <summary>The genre's numbering at the start of a paragraph: 一、 （一） 1. （1） ① and their half-width/、 variants.</summary>
public static partial class NumberingMarkers
{
    public static (MarkerKind Kind, string Remainder) Read(string paragraph)
    {
        foreach (var (kind, regex) in Patterns)
        {
            var m = regex.Match(paragraph);
            if (m.Success)
            {
                return (kind, paragraph[m.Length..].Trim());
            }
        }
        return (MarkerKind.None, paragraph);
    }

    /// <summary>Splits a paragraph at 一是 / 二是 / … (at the start or after a sentence end): the lead and the points.</summary>
    public static (string Lead, IReadOnlyList<string> Points) SplitPoints(string text)
    {
        var matches = Point().Matches(text);
        if (matches.Count < 2 && !(matches.Count == 1 && matches[0].Groups["n"].Value == "一"))
        {
            return (text, []);
        }
        var starts = matches.Select(m => m.Groups["n"].Index).ToList();
        var points = new List<string>();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
            points.Add(text[starts[i]..end].Trim());
        }
        return (text[..starts[0]].Trim(), points);
    }

    /// <summary>The first sentence (to 。！？；), or the whole when there is none.</summary>
    public static string FirstSentence(string text)
    {
        var trimmed = PointWord().Replace(text, string.Empty, 1).Trim();
        var end = trimmed.IndexOfAny(['。', '！', '？', '；']);
        return end > 0 ? trimmed[..end] : trimmed;
    }

    private static readonly (MarkerKind, Regex)[] Patterns =
    [
        (MarkerKind.ChineseParen, ChineseParen()),
        (MarkerKind.ArabicParen, ArabicParen()),
        (MarkerKind.Chinese, Chinese()),
        (MarkerKind.Arabic, Arabic()),
        (MarkerKind.Circled, Circled()),
    ];

    [GeneratedRegex(@"^[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*")]
    private static partial Regex ChineseParen();

    [GeneratedRegex(@"^[（(]\s*\d{1,2}\s*[）)]\s*")]
    private static partial Regex ArabicParen();

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]+部分[、：:\s]*|[一二三四五六七八九十]+\s*[、．.，,]\s*)")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^\d{1,2}\s*(?:[、，,]|[.．](?!\d))\s*")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*")]
    private static partial Regex Circled();

    [GeneratedRegex(@"(?:^|(?<=[。；;！？\s]))(?<n>[一二三四五六七八九十]+)是(?=[，,：:“\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex Point();

    [GeneratedRegex(@"^[一二三四五六七八九十]+是[，,：:]?")]
    private static partial Regex PointWord();
}

public enum MarkerKind
{
    None,
    Chinese,
    ChineseParen,
    Arabic,
    ArabicParen,
    Circled,
}
