using System.Text.RegularExpressions;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Interview.Quality;

/// <summary>
/// 材料体检: rule-based checks over a draft, useful without any model — 空话套话 without a concrete example, problems
/// without a 如，-example or without a measure, measures without 责任人 or 完成时限, leftover 【待补】, repeated sentences
/// and the genre's common wording errors. Deterministic; the findings come in document order.
/// </summary>
public sealed partial class DraftQualityCheck
{
    private const int MinRepeatedSentenceLength = 8;
    private readonly GenericPhraseList _genericPhrases;
    private readonly WordingErrorList _wordingErrors;

    public DraftQualityCheck(GenericPhraseList genericPhrases, WordingErrorList wordingErrors)
    {
        ArgumentNullException.ThrowIfNull(genericPhrases);
        ArgumentNullException.ThrowIfNull(wordingErrors);
        _genericPhrases = genericPhrases;
        _wordingErrors = wordingErrors;
    }

    public QualityReport Check(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var findings = new List<QualityFinding>();
        var passages = Passages(draft).ToList();
        var answered = draft.Measures.SelectMany(m => m.ProblemIds).ToHashSet(StringComparer.Ordinal);

        for (var a = 0; a < draft.Aspects.Count; a++)
        {
            var section = draft.Aspects[a];
            for (var i = 0; i < section.Problems.Count; i++)
            {
                var problem = section.Problems[i];
                var where = $"“{section.Name}”第{i + 1}条问题";
                var item = $"1.{a + 1}.{i + 1}";
                var hasExample = !string.IsNullOrWhiteSpace(problem.Example) && !IsPlaceholderOnly(problem.Example);
                if (!hasExample)
                {
                    findings.Add(new(QualityRule.MissingExample, QualitySeverity.Should, where, problem.Headline,
                        "缺少“如，”开头的具体事例：补上哪件事、什么时候、什么结果，做到见人见事。") { Item = item });
                    foreach (var phrase in _genericPhrases.FindIn($"{problem.Headline}。{problem.Elaboration}"))
                    {
                        findings.Add(new(QualityRule.GenericPhrase, QualitySeverity.Should, where, phrase.Text, "空泛表述，没有具体事例。" + phrase.Ask) { Item = item });
                    }
                }
                if (!answered.Contains(problem.Id))
                {
                    findings.Add(new(QualityRule.ProblemWithoutMeasure, QualitySeverity.Must, where, problem.Headline,
                        "没有整改措施对应这条问题：每条问题至少要有一条措施。") { Item = item });
                }
            }
        }

        for (var i = 0; i < draft.Measures.Count; i++)
        {
            var measure = draft.Measures[i];
            var where = $"第{i + 1}条整改措施";
            var item = $"3.{i + 1}";
            if (string.IsNullOrWhiteSpace(measure.Owner) || IsPlaceholderOnly(measure.Owner))
            {
                findings.Add(new(QualityRule.MeasureWithoutOwner, QualitySeverity.Must, where, measure.Headline, "写明责任人（谁负责）。") { Item = item });
            }
            if (measure.Deadline is null || IsPlaceholderOnly(measure.Deadline.Text))
            {
                findings.Add(new(QualityRule.MeasureWithoutDeadline, QualitySeverity.Must, where, measure.Headline, "写明完成时限（到何时），或注明立行立改、长期坚持。") { Item = item });
            }
        }

        foreach (var (where, item, text) in passages)
        {
            foreach (Match m in PlaceholderPattern().Matches(text))
            {
                findings.Add(new(QualityRule.Placeholder, QualitySeverity.Must, where, m.Value, "还有待补的内容，提交前请补上。") { Item = item });
            }
            foreach (var (error, found) in _wordingErrors.FindIn(text))
            {
                var advice = $"建议改为“{error.Right}”。" + (error.Note ?? string.Empty);
                findings.Add(new(QualityRule.WordingError, QualitySeverity.Must, where, found, advice) { Item = item });
            }
        }

        findings.AddRange(RepeatedSentences(passages));
        return new QualityReport(findings);
    }

    /// <summary>Every text of the draft with where it stands and its item number, in document order.</summary>
    private static IEnumerable<(string Where, string? Item, string Text)> Passages(Draft draft)
    {
        if (!string.IsNullOrWhiteSpace(draft.Preamble))
        {
            yield return ("导语", "0", draft.Preamble);
        }
        if (!string.IsNullOrWhiteSpace(draft.PreviousRectification))
        {
            yield return ("上年度整改落实情况", null, draft.PreviousRectification);
        }
        for (var a = 0; a < draft.Aspects.Count; a++)
        {
            var section = draft.Aspects[a];
            for (var i = 0; i < section.Problems.Count; i++)
            {
                var p = section.Problems[i];
                yield return ($"“{section.Name}”第{i + 1}条问题", $"1.{a + 1}.{i + 1}", $"{p.Headline}。{p.Elaboration}{(string.IsNullOrWhiteSpace(p.Example) ? string.Empty : "如，" + p.Example + "。")}");
            }
        }
        for (var i = 0; i < draft.Causes.Count; i++)
        {
            yield return ($"第{i + 1}条原因", $"2.{i + 1}", $"{draft.Causes[i].Headline}。{draft.Causes[i].Text}");
        }
        for (var i = 0; i < draft.Measures.Count; i++)
        {
            var m = draft.Measures[i];
            yield return ($"第{i + 1}条整改措施", $"3.{i + 1}", $"{m.Headline}。{m.Text}{m.Owner}{m.Deadline?.Text}");
        }
    }

    private static IEnumerable<QualityFinding> RepeatedSentences(List<(string Where, string? Item, string Text)> passages)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (where, item, text) in passages)
        {
            foreach (var sentence in SentenceEnd().Split(text).Select(Normalize).Where(s => s.Length >= MinRepeatedSentenceLength && !PlaceholderPattern().IsMatch(s)))
            {
                if (seen.TryGetValue(sentence, out var first))
                {
                    if (reported.Add(sentence))
                    {
                        yield return new(QualityRule.RepeatedSentence, QualitySeverity.Should, where, sentence, $"与{first}中的句子重复，请删去一处或改写。") { Item = item };
                    }
                }
                else
                {
                    seen[sentence] = where;
                }
            }
        }
    }

    private static string Normalize(string sentence) => WhiteSpace().Replace(sentence, string.Empty).Trim('，', ',', '、', '：', ':');

    private static bool IsPlaceholderOnly(string text) => PlaceholderPattern().Replace(text, string.Empty).Trim().Length == 0;

    [GeneratedRegex(@"【待补[^】]*】")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"[。！？；!?;\n]+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
