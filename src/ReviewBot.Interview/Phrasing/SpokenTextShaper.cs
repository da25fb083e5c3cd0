using System.Text.RegularExpressions;
using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Phrasing;

/// <summary>The user's words, tidied: the statement in the subject's voice and the example split off after 比如/例如/如.</summary>
internal sealed record ShapedText(
    string Prepared,
    string Statement,
    string StatementCore,
    string? Example,
    bool ExampleIsConcrete,
    bool StatementHasFigures);

/// <summary>
/// Tidies spoken input without touching its facts: punctuation, fillers (嗯/那个/就是说), first-person words in the
/// subject's voice, a few colloquial-to-written rewrites — all with the facts masked — and the example split off.
/// </summary>
internal sealed class SpokenTextShaper
{
    private const string ClauseMarks = "，。；：！？、";
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private readonly PhrasingTemplates _templates;
    private readonly IReadOnlyList<Regex> _fillers;
    private readonly IReadOnlyList<(Regex Pattern, string Replacement)> _rewrites;
    private readonly IReadOnlyList<(Regex Pattern, string Replacement)> _formalRewrites;
    private readonly Regex _leadingTime;

    public SpokenTextShaper(PhrasingTemplates templates)
    {
        _templates = templates;
        _fillers = templates.Fillers.SelectMany(FillerPatterns).ToList();
        _rewrites = templates.Rewrites.Select(Compile).ToList();
        _formalRewrites = templates.FormalRewrites.Select(Compile).ToList();
        var adverbials = string.Join('|', templates.TimeAdverbials.OrderByDescending(a => a.Length).Select(Regex.Escape));
        _leadingTime = new Regex(@$"^(\d{{4}}年(\d{{1,2}}月)?(份|以来|底|初)?|\d{{1,2}}月份?|{adverbials})，?", RegexOptions.None, RegexTimeout);
    }

    public ShapedText Shape(string raw, SubjectKind kind, bool formal)
    {
        var voice = _templates.VoiceFor(kind);
        var prepared = Prepare(raw);
        var (masked, mask) = FactMask.Apply(prepared, _templates.QuoteTermSuffixes);
        var (statement, example) = SplitExample(masked);

        var maskedStatement = Reword(statement, voice, formal);
        var maskedExample = example is null ? null : Reword(example, voice, formal);
        var core = Tidy(mask.Unmask(maskedStatement));
        var exampleText = maskedExample is null ? null : ChinesePunctuation.TrimSentenceEnd(Tidy(mask.Unmask(maskedExample)));
        if (string.IsNullOrEmpty(exampleText))
        {
            exampleText = null;
        }

        var concrete = exampleText is not null
            && (mask.HasFact(maskedExample!) || _templates.SceneMarkers.Any(m => exampleText.Contains(m, StringComparison.Ordinal)));
        var figures = mask.HasFact(maskedStatement, FactKind.Number, FactKind.Date, FactKind.Time, FactKind.Percentage, FactKind.PhoneNumber);
        var statementText = core.Length == 0 ? string.Empty : ChinesePunctuation.EnsureSentenceEnd(WithSubject(core, voice));
        return new ShapedText(prepared, statementText, core, exampleText, concrete, figures);
    }

    /// <summary>
    /// Puts the subject in front when the statement plainly lacks one — it names no subject and opens (after a time word)
    /// with a word such as 对/没有/遇到: 今年没有… → 今年班子没有…; 文件太多了 stays as it is.
    /// </summary>
    public string WithSubject(string text, Voice voice)
    {
        if (text.Length == 0 || voice.SubjectWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return text;
        }
        var lead = _leadingTime.Match(text);
        var at = lead.Success && lead.Length < text.Length ? lead.Length : 0;
        var rest = text[at..];
        return _templates.SubjectlessStarts.Any(w => rest.StartsWith(w, StringComparison.Ordinal))
            ? text[..at] + voice.Subject + rest
            : text;
    }

    /// <summary>Drops a leading time word and subject: 今年班子调研不够深入 → 调研不够深入.</summary>
    public string WithoutLeadingSubject(string clause, Voice voice)
    {
        var s = clause;
        for (var changed = true; changed;)
        {
            changed = false;
            var lead = _leadingTime.Match(s);
            if (lead.Success && lead.Length > 0 && lead.Length < s.Length)
            {
                s = s[lead.Length..];
                changed = true;
            }
            foreach (var word in voice.SubjectWords.Append(voice.Subject).Append(voice.SubjectFull).OrderByDescending(w => w.Length))
            {
                if (s.StartsWith(word, StringComparison.Ordinal) && s.Length > word.Length + 1)
                {
                    s = s[word.Length..].TrimStart('，', '在');
                    changed = true;
                }
            }
        }
        return s;
    }

    /// <summary>Full-width punctuation, one line, fillers removed.</summary>
    public string Prepare(string raw)
    {
        var lines = ChinesePunctuation.Normalize(raw).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = lines.Length <= 1
            ? string.Join(string.Empty, lines)
            : string.Concat(lines.Select(ChinesePunctuation.EnsureSentenceEnd));
        for (var pass = 0; pass < 3; pass++)
        {
            var before = text;
            foreach (var filler in _fillers)
            {
                text = filler.Replace(text, string.Empty);
            }
            if (text == before)
            {
                break;
            }
        }
        return Tidy(text);
    }

    /// <summary>Splits at the first example marker that stands where an example can start.</summary>
    public (string Statement, string? Example) SplitExample(string text)
    {
        var best = (Index: -1, Length: 0);
        foreach (var marker in _templates.ExampleMarkers)
        {
            for (var i = text.IndexOf(marker.Text, StringComparison.Ordinal); i >= 0;
                 i = text.IndexOf(marker.Text, i + 1, StringComparison.Ordinal))
            {
                if (best.Index >= 0 && i > best.Index)
                {
                    break;
                }
                if (!Fits(text, i, marker))
                {
                    continue;
                }
                if (best.Index < 0 || i < best.Index || (i == best.Index && marker.Text.Length > best.Length))
                {
                    best = (i, marker.Text.Length);
                }
                break;
            }
        }
        if (best.Index < 0)
        {
            return (text, null);
        }
        var statement = ChinesePunctuation.TrimEndPunctuation(text[..best.Index]).TrimEnd('。', '！', '？');
        var example = text[(best.Index + best.Length)..].TrimStart('，', '：', '、', ' ', '说');
        return (statement, example.Length == 0 ? null : example);
    }

    private static bool Fits(string text, int index, ExampleMarker marker)
    {
        var atClauseStart = index == 0 || ClauseMarks.Contains(text[index - 1]) || char.IsWhiteSpace(text[index - 1]);
        var after = index + marker.Text.Length;
        return marker.At switch
        {
            MarkerPosition.Anywhere => true,
            MarkerPosition.ClauseStart => atClauseStart && after < text.Length && !ClauseMarks.Contains(text[after]),
            MarkerPosition.ClauseStartBeforePunctuation => atClauseStart && after < text.Length && text[after] is '，' or '：',
            _ => false,
        };
    }

    private string Reword(string text, Voice voice, bool formal)
    {
        foreach (var replacement in voice.Replacements)
        {
            text = text.Replace(replacement.From, replacement.To, StringComparison.Ordinal);
        }
        foreach (var (pattern, replacement) in formal ? _rewrites.Concat(_formalRewrites) : _rewrites)
        {
            text = pattern.Replace(text, replacement);
        }
        return text;
    }

    private static string Tidy(string text) =>
        ChinesePunctuation.Normalize(text).TrimStart('，', '、', '；', '：', '。', ' ');

    private static IEnumerable<Regex> FillerPatterns(Filler filler)
    {
        var word = Regex.Escape(filler.Text);
        foreach (var at in filler.At)
        {
            yield return at switch
            {
                FillerPosition.Start => new Regex($@"(?<=^|[{ClauseMarks}])\s*{word}[，、\s]*", RegexOptions.None, RegexTimeout),
                FillerPosition.End => new Regex($@"{word}(?=[{ClauseMarks}]|$)", RegexOptions.None, RegexTimeout),
                _ => new Regex(word, RegexOptions.None, RegexTimeout),
            };
        }
    }

    private static (Regex, string) Compile(Rewrite rewrite) =>
        (new Regex(rewrite.Pattern, RegexOptions.None, RegexTimeout), rewrite.Replacement);
}
