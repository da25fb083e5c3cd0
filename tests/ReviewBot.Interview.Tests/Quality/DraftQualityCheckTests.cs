using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Interview.Quality;

namespace ReviewBot.Interview.Tests.Quality;

public sealed class DraftQualityCheckTests
{
    private static readonly DraftQualityCheck Check = new(GenericPhraseList.Load(TestDialogs.DialogsPath), WordingErrorList.Load(TestDialogs.DialogsPath));

    private static ProblemItem Problem(string id, string headline, string? elaboration = null, string? example = null) =>
        new() { Id = id, RawInput = headline, Headline = headline, Elaboration = elaboration, Example = example };

    private static MeasureItem Measure(string headline, string text, string? owner, Deadline? deadline, params string[] problemIds) =>
        new() { Id = "m-" + headline, Headline = headline, Text = text, Owner = owner, Deadline = deadline, ProblemIds = [.. problemIds] };

    private static Draft Draft(List<ProblemItem> problems, List<MeasureItem> measures, string? preamble = null, List<CauseItem>? causes = null) => new()
    {
        Id = "d1",
        Title = "t",
        Setup = new DraftSetup { Kind = SubjectKind.Team, FrameworkId = "f", MeetingTitle = "m", UnitName = "青山区司法局", Year = 2023 },
        Preamble = preamble,
        Aspects = [new AspectSection { AspectId = "a", Name = "理论学习", Problems = problems }],
        Causes = causes ?? [],
        Measures = measures,
    };

    private static readonly Deadline ByJune = new(DeadlineKind.Date, new DateOnly(2024, 6, 30), "2024年6月底前");

    [Fact]
    public void A_complete_draft_passes()
    {
        var draft = Draft(
            [Problem("p1", "理论学习的系统性还不够强", "中心组全年集中学习4次。", "学习《关于加强基层治理的意见》时只念了原文")],
            [Measure("强化理论武装，夯实思想根基", "每月安排一次专题研讨。", "班子成员", ByJune, "p1")],
            preamble: "按照要求，班子认真开展会前准备。");

        var report = Check.Check(draft);

        Assert.True(report.Passed, QualityReportView.Render(report));
        Assert.Contains("体检通过", QualityReportView.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_generic_phrase_without_an_example_is_flagged_with_the_follow_up_question()
    {
        var draft = Draft([Problem("p1", "理论学习不深不透", "存在学习不够深入的问题。")], [Measure("强化理论武装，夯实思想根基", "x。", "班子成员", ByJune, "p1")]);

        var findings = Check.Check(draft).Findings;

        Assert.Contains(findings, f => f.Rule == QualityRule.MissingExample && f.Where == "“理论学习”第1条问题");
        Assert.Contains(findings, f => f.Rule == QualityRule.GenericPhrase && f.Excerpt == "学习不够深入" && f.Advice.Contains("哪次学习", StringComparison.Ordinal));
    }

    [Fact]
    public void A_generic_phrase_with_a_concrete_example_is_not_flagged()
    {
        var draft = Draft([Problem("p1", "理论学习不深不透", "学习不够深入。", "3月学习会只念了文件")], [Measure("强化理论武装，夯实思想根基", "x。", "班子成员", ByJune, "p1")]);

        Assert.DoesNotContain(Check.Check(draft).Findings, f => f.Rule is QualityRule.GenericPhrase or QualityRule.MissingExample);
    }

    [Fact]
    public void A_placeholder_example_counts_as_no_example_and_as_a_leftover_placeholder()
    {
        var draft = Draft([Problem("p1", "调研不够", "下基层少。", "【待补：具体事例】")], [Measure("深入调查研究，改进工作作风", "x。", "班子成员", ByJune, "p1")]);

        var findings = Check.Check(draft).Findings;

        Assert.Contains(findings, f => f.Rule == QualityRule.MissingExample);
        Assert.Contains(findings, f => f.Rule == QualityRule.Placeholder && f.Excerpt == "【待补：具体事例】" && f.Severity == QualitySeverity.Must);
    }

    [Fact]
    public void A_problem_no_measure_answers_is_flagged()
    {
        var draft = Draft(
            [Problem("p1", "学习不系统", "只学了4次。", "念文件"), Problem("p2", "调研偏少", "只去了1次。", "柳溪村")],
            [Measure("强化理论武装，夯实思想根基", "x。", "班子成员", ByJune, "p1")]);

        var finding = Assert.Single(Check.Check(draft).Findings, f => f.Rule == QualityRule.ProblemWithoutMeasure);

        Assert.Equal("“理论学习”第2条问题", finding.Where);
    }

    [Fact]
    public void Measures_without_owner_or_deadline_are_flagged()
    {
        var draft = Draft(
            [Problem("p1", "学习不系统", "只学了4次。", "念文件")],
            [Measure("强化理论武装，夯实思想根基", "每月研讨。", "【待补：责任人】", null, "p1"), Measure("深入调查研究，改进工作作风", "分片调研。", null, new Deadline(DeadlineKind.Date, null, "【待补：完成时限】"), "p1")]);

        var findings = Check.Check(draft).Findings;

        Assert.Equal(2, findings.Count(f => f.Rule == QualityRule.MeasureWithoutOwner));
        Assert.Equal(2, findings.Count(f => f.Rule == QualityRule.MeasureWithoutDeadline));
    }

    [Fact]
    public void A_sentence_repeated_across_sections_is_flagged_once()
    {
        const string repeated = "对党的创新理论学得不够深入系统";
        var draft = Draft(
            [Problem("p1", "学习不系统", repeated + "。", "念文件")],
            [Measure("强化理论武装，夯实思想根基", "每月研讨。", "班子成员", ByJune, "p1")],
            causes: [new CauseItem { Id = "c1", Headline = "理想信念有所松懈", Text = repeated + "，思想上有所放松。" + repeated + "。" }]);

        var finding = Assert.Single(Check.Check(draft).Findings, f => f.Rule == QualityRule.RepeatedSentence);

        Assert.Equal("第1条原因", finding.Where);
        Assert.Contains("“理论学习”第1条问题", finding.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("有时存在形势主义的做法", "形势主义", "形式主义")]
    [InlineData("面对新形式下的任务", "新形式下", "新形势下")]
    [InlineData("当前国内外形式复杂", "国内外形式", "…形势")]
    [InlineData("截止目前仍未完成", "截止目前", "截至目前")]
    [InlineData("学习新时代中国特色社会主义思想不够", "新时代中国特色社会主义思想", "习近平新时代中国特色社会主义思想")]
    public void Common_wording_errors_are_flagged_with_the_right_form(string text, string found, string right)
    {
        var draft = Draft([Problem("p1", "学习不系统", text + "。", "念文件")], [Measure("强化理论武装，夯实思想根基", "x。", "班子成员", ByJune, "p1")]);

        var finding = Assert.Single(Check.Check(draft).Findings, f => f.Rule == QualityRule.WordingError);

        Assert.Equal(found, finding.Excerpt);
        Assert.Contains($"“{right}”", finding.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_standard_expression_is_not_flagged()
    {
        var draft = Draft([Problem("p1", "学习习近平新时代中国特色社会主义思想不够系统", "反对形式主义还不够坚决，对形势的研判不足。", "念文件")],
            [Measure("强化理论武装，夯实思想根基", "x。", "班子成员", ByJune, "p1")]);

        Assert.DoesNotContain(Check.Check(draft).Findings, f => f.Rule == QualityRule.WordingError);
    }

    [Fact]
    public void The_view_lists_must_fix_groups_first_with_where_and_advice()
    {
        var draft = Draft([Problem("p1", "学习不够深入", "存在形势主义。")], [], preamble: "征求意见【待补：条数】条。");

        var text = QualityReportView.Render(Check.Check(draft));

        Assert.StartsWith("**材料体检**：发现", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("待补项未补", StringComparison.Ordinal) < text.IndexOf("空话套话", StringComparison.Ordinal));
        Assert.Contains("- 导语：“【待补：条数】”", text, StringComparison.Ordinal);
        Assert.Contains("建议改为“形式主义”", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_pattern_in_the_wording_list_stops_loading_with_its_path()
    {
        using var dialogs = TestDialogs.Copy();
        dialogs.Edit(WordingErrorList.FileName, t => t.Replace("(国际|国内|国内外|经济|发展|安全|斗争)形式", "(国际|国内形式", StringComparison.Ordinal));

        var error = Assert.Throws<FrameworkValidationException>(() => WordingErrorList.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.Path.StartsWith("$.errors[", StringComparison.Ordinal) && e.Path.EndsWith("].wrong", StringComparison.Ordinal));
    }

    [Fact]
    public void Findings_carry_the_item_numbers_that_修改_uses()
    {
        var draft = Draft(
            [Problem("p1", "理论学习的系统性还不够强", "中心组全年集中学习4次。"), Problem("p2", "调研不深", "下基层少。", "全年只去了3个所")],
            [Measure("强化理论武装，夯实思想根基", "每月研讨。", null, ByJune, "p1")],
            preamble: "征求意见【待补：条数】条。",
            causes: [new CauseItem { Id = "c1", Headline = "理想信念不够牢", Text = "【待补：说明】" }]);

        var findings = Check.Check(draft).Findings;

        Assert.Contains(findings, f => f.Rule == QualityRule.Placeholder && f.Item == "0");
        Assert.Contains(findings, f => f.Rule == QualityRule.MissingExample && f.Item == "1.1.1");
        Assert.Contains(findings, f => f.Rule == QualityRule.ProblemWithoutMeasure && f.Item == "1.1.2");
        Assert.Contains(findings, f => f.Rule == QualityRule.Placeholder && f.Item == "2.1");
        Assert.Contains(findings, f => f.Rule == QualityRule.MeasureWithoutOwner && f.Item == "3.1");
    }
}
