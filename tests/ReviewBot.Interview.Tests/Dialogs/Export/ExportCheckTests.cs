using ReviewBot.Documents;
using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Dialogs.Export;
using ReviewBot.Interview.Quality;
using ReviewBot.Interview.Tests.Rectification;

namespace ReviewBot.Interview.Tests.Dialogs.Export;

/// <summary>导出 runs the 材料体检 first: a short summary and 仍然导出 / 先去修改 when it finds something, one line when not.</summary>
public sealed class ExportCheckTests
{
    private static readonly Deadline ByJune = new(DeadlineKind.Date, new DateOnly(2025, 6, 30), "2025年6月底前");

    private static Draft Clean() => new()
    {
        Id = "clean",
        Title = "某局党组·2025年度班子材料",
        Setup = new DraftSetup { Kind = SubjectKind.Team, FrameworkId = "2023-zhuti-jiaoyu-minzhu-shenghuohui", MeetingTitle = "2023年度主题教育专题民主生活会", UnitName = "某局党组", Year = 2025 },
        Preamble = "按照要求，班子认真开展会前准备。",
        Aspects =
        [
            new AspectSection
            {
                AspectId = "lilun-xuexi", Name = "理论学习",
                Problems = [new ProblemItem { Id = "p1", RawInput = "x", Headline = "理论学习的系统性还不够强", Elaboration = "中心组全年集中学习4次。", Example = "学习《关于加强基层治理的意见》时只念了原文" }],
            },
        ],
        Measures = [new MeasureItem { Id = "m1", Headline = "强化理论武装，夯实思想根基", Text = "每月安排一次专题研讨。", Owner = "党组书记", Deadline = ByJune, ProblemIds = ["p1"] }],
    };

    private static Draft WithGaps() => Clean() with
    {
        Id = "gaps",
        Preamble = "征求意见建议【待补：条数】条。",
        Measures = [new MeasureItem { Id = "m1", Headline = "强化理论武装，夯实思想根基", Text = "每月安排一次专题研讨。", ProblemIds = ["p1"] }],
    };

    [Fact]
    public async Task A_draft_that_passes_is_exported_at_once_with_one_line_saying_so()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(Clean(), RectificationHarness.Message("x"));

        var reply = await bot.SayAsync("导出");

        Assert.Contains("导出前做了材料体检，没有发现需要处理的地方。", reply, StringComparison.Ordinal);
        Assert.Single(bot.Files.Delivered);
    }

    [Fact]
    public async Task Findings_are_summarised_with_counts_and_item_numbers_and_the_user_may_still_export()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(WithGaps(), RectificationHarness.Message("x"));

        var asked = await bot.SayAsync("导出");
        var exported = await bot.SayAsync("仍然导出");

        Assert.Contains("发现 3 处需要注意（其中 3 处提交前必须处理）", asked, StringComparison.Ordinal);
        Assert.Contains("待补项未补 1 处，措施缺责任人 1 处，措施缺完成时限 1 处", asked, StringComparison.Ordinal);
        Assert.Contains("- 3.1 措施缺责任人", asked, StringComparison.Ordinal);
        Assert.Contains("- 0 待补项未补：“【待补：条数】”", asked, StringComparison.Ordinal);
        Assert.Contains("仍然导出", asked, StringComparison.Ordinal);
        Assert.Contains("先去修改", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("好的，先不导出", exported, StringComparison.Ordinal);
        Assert.Single(bot.Files.Delivered);
    }

    [Fact]
    public async Task Fix_first_exports_nothing_and_points_to_the_full_check()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(WithGaps(), RectificationHarness.Message("x"));

        await bot.SayAsync("导出");
        var reply = await bot.SayAsync("先去修改");

        Assert.Contains("先不导出", reply, StringComparison.Ordinal);
        Assert.Contains("体检", reply, StringComparison.Ordinal);
        Assert.Empty(bot.Files.Delivered);
    }

    [Fact]
    public async Task Yes_still_means_export_as_it_did_before()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(WithGaps(), RectificationHarness.Message("x"));

        await bot.SayAsync("导出");
        await bot.SayAsync("是");

        Assert.Single(bot.Files.Delivered);
    }

    [Fact]
    public async Task Exporting_only_the_problems_checks_only_the_problems()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(WithGaps(), RectificationHarness.Message("x"));

        var reply = await bot.SayAsync("导出 问题");

        Assert.Contains("没有发现需要处理的地方", reply, StringComparison.Ordinal);
        Assert.Single(bot.Files.Delivered);
    }

    [Theory]
    [InlineData("导语", "0", true)]
    [InlineData("导语", "1.1.1", false)]
    [InlineData("第二方面", "1.2.1", true)]
    [InlineData("第二方面", "1.1.1", false)]
    [InlineData("原因", "2.3", true)]
    [InlineData("措施", "3.1", true)]
    [InlineData("整改清单", "3.1", true)]
    [InlineData("整改清单", "0", false)]
    [InlineData("全文", "2.1", true)]
    public void A_finding_counts_for_an_export_when_its_item_is_in_the_exported_part(string argument, string item, bool covered)
    {
        var draft = Clean() with { Aspects = [.. Clean().Aspects, new AspectSection { AspectId = "x", Name = "政治素质" }] };
        var target = ExportTarget.Parse(argument, draft)!;

        Assert.Equal(covered, target.Covers(new QualityFinding(QualityRule.Placeholder, QualitySeverity.Must, "w", "e", "a") { Item = item }));
    }

    [Fact]
    public void A_problem_without_a_measure_counts_for_the_rectification_list()
    {
        var target = ExportTarget.Parse("整改清单", Clean())!;

        Assert.True(target.Covers(new QualityFinding(QualityRule.ProblemWithoutMeasure, QualitySeverity.Must, "w", "e", "a") { Item = "1.1.1" }));
        Assert.Null(target.Selection);
        Assert.Equal(DocumentSelection.Whole, ExportTarget.Parse("全文", Clean())!.Selection);
        Assert.Equal(DocumentPart.Problems, ExportTarget.Parse("问题", Clean())!.Selection!.Part);
    }
}
