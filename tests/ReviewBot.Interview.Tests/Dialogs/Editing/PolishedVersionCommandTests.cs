using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Tests.Rectification;
using static ReviewBot.Interview.Tests.Rectification.RectificationHarness;

namespace ReviewBot.Interview.Tests.Dialogs.Editing;

/// <summary>用润色版 N / 不用润色版 N typed to the real bot over a draft whose problems carry a waiting polished version.</summary>
public sealed class PolishedVersionCommandTests
{
    private static ProblemItem Problem(string id, string headline, bool polishedWaiting) => new()
    {
        Id = id,
        RawInput = "原话" + id,
        Headline = headline,
        Elaboration = "中心组只学了4次。",
        Example = "3月的研讨流于形式",
        PendingAlternative = polishedWaiting
            ? new ProblemAlternative("润色后的" + headline, "理论学习中心组全年只学了4次。", "3月的专题研讨流于形式",
                DraftComposer.ComposeProblem(headline, "中心组只学了4次。", "3月的研讨流于形式"))
            : null,
    };

    private static Draft WithProblems(params ProblemItem[] problems) => Draft("d1", "2024年度班子材料") with
    {
        Aspects = [new AspectSection { AspectId = "a1", Name = "理论学习", Problems = [.. problems] }],
    };

    private static async Task<RectificationHarness> BotWithAsync(params ProblemItem[] problems)
    {
        var bot = new RectificationHarness();
        await bot.SaveDraftAsync(WithProblems(problems), Message("x"));
        return bot;
    }

    [Fact]
    public async Task 用润色版_replaces_the_text_once()
    {
        await using var bot = await BotWithAsync(Problem("p1", "学习不够深入", polishedWaiting: true));

        var reply = await bot.SayAsync("用润色版 1.1.1");

        Assert.Contains("已把 1.1.1 换成润色版", reply, StringComparison.Ordinal);
        Assert.Contains("润色后的学习不够深入。理论学习中心组全年只学了4次。如，3月的专题研讨流于形式。", reply, StringComparison.Ordinal);
        Assert.Contains("润色后的学习不够深入", await bot.SayAsync("预览"), StringComparison.Ordinal);
        Assert.Contains("1.1.1 没有待用的润色版", await bot.SayAsync("用润色版 1.1.1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task 不用润色版_keeps_the_text_and_drops_the_polished_version()
    {
        await using var bot = await BotWithAsync(Problem("p1", "学习不够深入", polishedWaiting: true));

        Assert.Contains("1.1.1 保留原来的文字", await bot.SayAsync("不用润色版 1.1.1"), StringComparison.Ordinal);

        var preview = await bot.SayAsync("预览");
        Assert.Contains("学习不够深入", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("润色后的", preview, StringComparison.Ordinal);
        Assert.Contains("现在没有待用的润色版", await bot.SayAsync("用润色版"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_changed_since_the_offer_keeps_the_user_s_text()
    {
        var changed = Problem("p1", "学习不够深入", polishedWaiting: true) with { Headline = "用户后来改过的概括" };
        await using var bot = await BotWithAsync(changed);

        Assert.Contains("1.1.1 已经改过，润色版不再适用", await bot.SayAsync("用润色版 1.1.1"), StringComparison.Ordinal);

        var preview = await bot.SayAsync("预览");
        Assert.Contains("用户后来改过的概括", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("润色后的", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_number_the_only_waiting_version_is_meant_and_several_ask_for_one()
    {
        await using var one = await BotWithAsync(Problem("p1", "学习不够深入", false), Problem("p2", "调研不够", polishedWaiting: true));
        Assert.Contains("已把 1.1.2 换成润色版", await one.SayAsync("用润色版"), StringComparison.Ordinal);

        await using var two = await BotWithAsync(Problem("p1", "学习不够深入", true), Problem("p2", "调研不够", polishedWaiting: true));
        var reply = await two.SayAsync("用润色版");
        Assert.Contains("有 2 条润色版待用：1.1.1、1.1.2", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("润色后的", await two.SayAsync("预览"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_that_names_no_problem_or_no_waiting_version_says_so()
    {
        await using var bot = await BotWithAsync(Problem("p1", "学习不够深入", polishedWaiting: false));

        Assert.Contains("没有找到编号“1.3.1”的问题", await bot.SayAsync("用润色版 1.3.1"), StringComparison.Ordinal);
        Assert.Contains("1.1.1 没有待用的润色版", await bot.SayAsync("不用润色版 1.1.1"), StringComparison.Ordinal);
    }
}
