using ReviewBot.Drafts.Composition;
using ReviewBot.Interview.Frameworks;

namespace ReviewBot.Interview.Phrasing;

/// <summary>A phrase-bank headline scored against the user's words.</summary>
internal sealed record ScoredHeadline(string Text, int KeywordScore, int Overlap, int Index)
{
    /// <summary>At least one keyword (two characters or more) of the entry is in the user's words.</summary>
    public bool IsConfident => KeywordScore >= 2;

    public int Total => (KeywordScore * 3) + Overlap;
}

/// <summary>Picks headlines: phrase-bank entries by keyword overlap, or a judgement clause of the user's own.</summary>
internal static class HeadlineChooser
{
    /// <summary>All entries, best first: keyword hits weigh most (by length), shared two-character runs break ties.</summary>
    public static IReadOnlyList<ScoredHeadline> Rank(IReadOnlyList<PhraseEntry> bank, string userText) =>
        bank.Select((entry, index) => new ScoredHeadline(
                entry.Text,
                entry.Keywords.Where(k => userText.Contains(k, StringComparison.Ordinal)).Sum(k => k.Length),
                SharedBigrams(entry.Text, userText),
                index))
            .OrderByDescending(s => s.Total)
            .ThenBy(s => s.Index)
            .ToList();

    /// <summary>
    /// The user's first clause when it is itself a judgement without facts ("调研不够深入，一年只下去两次" → 调研不够深入),
    /// so the headline asserts nothing they did not say.
    /// </summary>
    public static string? UserJudgement(string statementCore, PhrasingTemplates templates, SpokenTextShaper shaper, Voice voice)
    {
        var clause = FirstClause(statementCore);
        if (clause.Length == 0)
        {
            return null;
        }
        clause = shaper.WithoutLeadingSubject(clause, voice);
        var judgement = templates.JudgementWords.Any(w => clause.Contains(w, StringComparison.Ordinal));
        return judgement && clause.Length is >= 4 and <= 20 && FactExtractor.Extract(clause).Count == 0 ? clause : null;
    }

    /// <summary>The text after the first clause ("" when there is only one).</summary>
    public static string AfterFirstClause(string text)
    {
        var end = text.IndexOfAny(['，', '；', '。', '！', '？']);
        return end < 0 ? string.Empty : text[(end + 1)..].TrimStart('，', '；');
    }

    public static string FirstClause(string text)
    {
        var end = text.IndexOfAny(['，', '；', '。', '！', '？']);
        return ChinesePunctuation.TrimSentenceEnd(end < 0 ? text : text[..end]);
    }

    private static int SharedBigrams(string headline, string text)
    {
        var count = 0;
        var seen = new HashSet<int>();
        for (var i = 0; i + 1 < headline.Length; i++)
        {
            if (!ChinesePunctuation.IsHan(headline[i]) || !ChinesePunctuation.IsHan(headline[i + 1]))
            {
                continue;
            }
            var bigram = headline.AsSpan(i, 2);
            if (seen.Add((bigram[0] << 16) | bigram[1]) && text.AsSpan().IndexOf(bigram, StringComparison.Ordinal) >= 0)
            {
                count++;
            }
        }
        return count;
    }
}
