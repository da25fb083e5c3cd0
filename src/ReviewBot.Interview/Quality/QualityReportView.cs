namespace ReviewBot.Interview.Quality;

/// <summary>The 材料体检 result as chat text (markdown), findings grouped by rule, must-fix groups first.</summary>
public static class QualityReportView
{
    private static readonly (QualityRule Rule, string Title)[] Groups =
    [
        (QualityRule.Placeholder, "待补项未补"),
        (QualityRule.ProblemWithoutMeasure, "问题没有对应措施"),
        (QualityRule.MeasureWithoutOwner, "措施缺责任人"),
        (QualityRule.MeasureWithoutDeadline, "措施缺完成时限"),
        (QualityRule.WordingError, "用词和规范表述"),
        (QualityRule.MissingExample, "缺少“如，”事例"),
        (QualityRule.GenericPhrase, "空话套话"),
        (QualityRule.RepeatedSentence, "重复的句子"),
    ];

    public static string Render(QualityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Passed)
        {
            return "**材料体检通过**：没有发现待补项、缺措施、缺责任人或时限、用词错误、缺事例、空话套话或重复句。提交前仍请本人通读把关。";
        }
        var lines = new List<string>
        {
            $"**材料体检**：发现 {report.Findings.Count} 处需要注意，其中 {report.MustFix} 处提交前必须处理。",
        };
        foreach (var (rule, title) in Groups)
        {
            var findings = report.Findings.Where(f => f.Rule == rule).ToList();
            if (findings.Count == 0)
            {
                continue;
            }
            var mark = findings[0].Severity == QualitySeverity.Must ? "（必须处理）" : "（建议改进）";
            lines.Add(string.Empty);
            lines.Add($"**{title}**{mark}");
            lines.AddRange(findings.Select(f => $"- {f.Where}：“{Shorten(f.Excerpt)}”——{f.Advice}"));
        }
        return string.Join("\n", lines);
    }

    /// <summary>
    /// The short version shown before export: counts by kind, then the first <paramref name="firstItems"/> findings
    /// (must-fix first) with their item numbers.
    /// </summary>
    public static string Summarize(QualityReport report, int firstItems = 3)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Passed)
        {
            return "导出前做了材料体检，没有发现需要处理的地方。";
        }
        var counts = Groups
            .Select(g => (g.Title, Count: report.Findings.Count(f => f.Rule == g.Rule)))
            .Where(c => c.Count > 0)
            .Select(c => $"{c.Title} {c.Count} 处");
        var lines = new List<string>
        {
            $"导出前做了材料体检：发现 {report.Findings.Count} 处需要注意（其中 {report.MustFix} 处提交前必须处理）——{string.Join("，", counts)}。",
        };
        lines.AddRange(report.Findings.OrderBy(f => f.Severity).Take(firstItems)
            .Select(f => $"- {f.Item ?? f.Where} {TitleOf(f.Rule)}：“{Shorten(f.Excerpt, 24)}”"));
        if (report.Findings.Count > firstItems)
        {
            lines.Add($"……另有 {report.Findings.Count - firstItems} 处，发送“体检”可查看全部和修改建议。");
        }
        return string.Join("\n", lines);
    }

    public static string TitleOf(QualityRule rule) => Groups.First(g => g.Rule == rule).Title;

    private static string Shorten(string text, int max = 40) => text.Length <= max ? text : text[..max] + "…";
}
