using System.Text.RegularExpressions;
using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Frameworks;

namespace ReviewBot.Interview.Phrasing;

/// <summary>
/// The built-in phrasing of one problem: headline from the phrase bank (or the user's own judgement clause), the user's
/// statement in the subject's voice, the example split off — and a final check that every fact survived.
/// </summary>
internal sealed partial class ProblemPhrasing(PhrasingTemplates templates)
{
    private readonly SpokenTextShaper _shaper = new(templates);

    public SpokenTextShaper Shaper => _shaper;

    public PhrasedProblem Phrase(ProblemRequest request, RephraseStyle? style, PhrasedProblem? current)
    {
        Validate(request);
        var voice = templates.VoiceFor(request.Kind);
        var shaped = _shaper.Shape(request.RawInput, request.Kind, style == RephraseStyle.MoreFormal);
        if (shaped.Statement.Length == 0 && shaped.Example is null)
        {
            throw new ArgumentException("这段话里没有可以整理的内容，请用一两句话说说具体的问题。", nameof(request));
        }

        var ranked = HeadlineChooser.Rank(request.Aspect.PhraseBank, shaped.Prepared);
        var judgement = HeadlineChooser.UserJudgement(shaped.StatementCore, templates, _shaper, voice);
        var fallback = SlotTemplate.Fill(templates.HeadlineFallback,
            new Dictionary<string, string?> { ["aspectName"] = request.Aspect.Label }, _ => string.Empty);
        var choices = ranked.Where(r => r.IsConfident).Select(r => r.Text)
            .Concat(judgement is null ? [] : [judgement])
            .Concat(ranked.Where(r => !r.IsConfident).Select(r => r.Text))
            .Append(fallback)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var avoid = request.AvoidHeadlines.Select(ChinesePunctuation.TrimSentenceEnd).ToHashSet(StringComparer.Ordinal);
        var headline = ranked.FirstOrDefault(r => r.IsConfident && !avoid.Contains(r.Text))?.Text
            ?? (judgement is not null && !avoid.Contains(judgement) ? judgement : null)
            ?? (avoid.Contains(fallback) ? null : fallback)
            ?? ranked.FirstOrDefault(r => r.IsConfident)?.Text
            ?? fallback;
        headline = style switch
        {
            RephraseStyle.Alternative => NextChoice(choices, current?.Headline ?? headline, avoid),
            RephraseStyle.MoreFormal when ranked[0].Total > 0 => ranked[0].Text,
            RephraseStyle.MoreConcise when judgement is not null && judgement.Length < headline.Length => judgement,
            _ => headline,
        };

        var elaboration = headline == judgement ? Remainder(shaped, voice) : shaped.Statement;
        var example = shaped.Example;
        switch (style)
        {
            case RephraseStyle.MoreFormal when elaboration.Length > 0:
                elaboration = templates.FormalLeads[0] + elaboration;
                break;
            case RephraseStyle.MoreConcise:
                elaboration = KeepEssentialClauses(elaboration);
                break;
            case RephraseStyle.MoreSpecific when !shaped.StatementHasFigures:
                elaboration = ChinesePunctuation.EnsureSentenceEnd(
                    (elaboration.Length == 0 ? string.Empty : ChinesePunctuation.TrimSentenceEnd(elaboration) + "，") + templates.Placeholders.FactDetail);
                break;
        }
        example = example is null
            ? templates.Placeholders.Example
            : shaped.ExampleIsConcrete ? example : example + "，" + templates.Placeholders.ExampleDetail;

        var phrased = new PhrasedProblem
        {
            Headline = ChinesePunctuation.TrimSentenceEnd(headline),
            Elaboration = ChinesePunctuation.Normalize(elaboration),
            Example = ChinesePunctuation.Normalize(example),
            HeadlineChoices = choices,
            Style = style,
        };
        phrased = KeepEveryFact(request.RawInput, phrased, shaped);
        return phrased with { Placeholders = Placeholder().Matches(phrased.ToText()).Select(m => m.Value).Distinct().ToList() };
    }

    public static void Validate(ProblemRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.RawInput))
        {
            throw new ArgumentException("请先用自己的话说说这个问题。", nameof(request));
        }
        if (request.RawInput.Length > ProblemRequest.MaxRawInputLength)
        {
            throw new ArgumentException($"一次最多 {ProblemRequest.MaxRawInputLength} 个字，请分成几个问题来说。", nameof(request));
        }
    }

    /// <summary>The statement without its first clause (which became the headline), subject restored.</summary>
    private string Remainder(ShapedText shaped, Voice voice)
    {
        var rest = HeadlineChooser.AfterFirstClause(shaped.StatementCore);
        return rest.Length == 0 ? string.Empty : ChinesePunctuation.EnsureSentenceEnd(_shaper.WithSubject(rest, voice));
    }

    /// <summary>
    /// 更简洁: keeps the first and last clause, clauses with a fact, a judgement or a negation, and the clause after a
    /// 时/后 clause; drops the descriptive rest. No fact is ever dropped.
    /// </summary>
    private string KeepEssentialClauses(string elaboration)
    {
        var clauses = ClauseSplit().Split(ChinesePunctuation.TrimSentenceEnd(elaboration)).Where(c => c.Length > 0).ToList();
        if (clauses.Count <= 2)
        {
            return elaboration;
        }
        var kept = new List<string>();
        for (var i = 0; i < clauses.Count; i++)
        {
            var c = clauses[i];
            var keep = i == 0 || i == clauses.Count - 1
                || FactExtractor.Extract(c).Count > 0
                || templates.JudgementWords.Any(w => c.Contains(w, StringComparison.Ordinal))
                || Negation().IsMatch(c)
                || (kept.Count > 0 && kept[^1] == clauses[i - 1] && SubordinateEnd().IsMatch(clauses[i - 1]));
            if (keep)
            {
                kept.Add(c);
            }
        }
        return ChinesePunctuation.EnsureSentenceEnd(string.Join("，", kept));
    }

    /// <summary>The choice after the current one, skipping headlines used elsewhere in the aspect.</summary>
    private static string NextChoice(IReadOnlyList<string> choices, string current, IReadOnlySet<string> avoid)
    {
        var index = choices.ToList().IndexOf(ChinesePunctuation.TrimSentenceEnd(current));
        for (var step = 1; step <= choices.Count; step++)
        {
            var candidate = choices[(index + step + choices.Count) % choices.Count];
            if (!avoid.Contains(candidate))
            {
                return candidate;
            }
        }
        return choices[(index + 1) % choices.Count];
    }

    /// <summary>
    /// The rewording never touches masked facts, but this is the promise the product makes, so it is checked: when a fact
    /// is missing, the statement falls back to the user's words with only punctuation and fillers tidied.
    /// </summary>
    private PhrasedProblem KeepEveryFact(string raw, PhrasedProblem phrased, ShapedText shaped)
    {
        if (FactExtractor.MissingFacts(raw, phrased.ToText()).Count == 0)
        {
            return phrased;
        }
        var plain = phrased with { Elaboration = ChinesePunctuation.EnsureSentenceEnd(shaped.Prepared), Example = templates.Placeholders.Example };
        var missing = FactExtractor.MissingFacts(raw, plain.ToText());
        return missing.Count == 0
            ? plain
            : plain with { Elaboration = ChinesePunctuation.EnsureSentenceEnd(ChinesePunctuation.Normalize(raw)) };
    }

    [GeneratedRegex("【待补[^】]*】")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[，；。！？]")]
    private static partial Regex ClauseSplit();

    [GeneratedRegex("没有|未|不|缺")]
    private static partial Regex Negation();

    [GeneratedRegex("(时|后|前|中)$")]
    private static partial Regex SubordinateEnd();
}
