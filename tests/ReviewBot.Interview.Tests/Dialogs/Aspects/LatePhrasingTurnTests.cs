using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Dialogs;
using ReviewBot.Interview.Dialogs.Aspects;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Interview.Tests.Rectification;
using static ReviewBot.Interview.Tests.Rectification.RectificationHarness;

namespace ReviewBot.Interview.Tests.Dialogs.Aspects;

/// <summary>The proactive turn for a late model answer, run through a real BotAdapter over SQLite, for a problem already accepted.</summary>
public sealed class LatePhrasingTurnTests
{
    private static readonly PhrasedProblem Shown = new() { Headline = "学习不够深入", Elaboration = "中心组只学了4次。", Example = "3月的研讨流于形式" };
    private static readonly PhrasedProblem Polished = new() { Headline = "理论学习的深入性还不够", Elaboration = "理论学习中心组全年只学了4次。", Example = "3月的专题研讨流于形式", Source = PhrasingSource.Llm };

    private static ProblemItem Accepted(string id, string raw, PhrasedProblem phrased) => new()
    {
        Id = id, RawInput = raw, Headline = phrased.Headline, Elaboration = phrased.Elaboration, Example = phrased.Example,
    };

    private static Draft WithProblems(string id, params ProblemItem[] problems) => Draft(id, "2024年度班子材料") with
    {
        Aspects = [new AspectSection { AspectId = "a1", Name = "理论学习", Problems = [.. problems] }],
    };

    private static LatePhrasing Late(string draftId, string raw, PhrasedProblem? polished = null) =>
        new(new LatePhrasingJob(new LatePhrasingTarget(Message("x").GetConversationReference(), draftId, 0), raw, Shown), polished ?? Polished);

    private static async Task<LatePhrasingOutcome> DeliverAsync(RectificationHarness bot, LatePhrasing late)
    {
        var turn = bot.Services.GetRequiredService<LatePhrasingTurn>();
        var outcome = LatePhrasingOutcome.Skipped;
        await bot.Adapter.ContinueConversationAsync(late.Job.Target.Conversation, async (t, ct) => outcome = await turn.RunAsync(t, late, ct), default);
        return outcome;
    }

    private static async Task<Draft?> ActiveDraftAsync(RectificationHarness bot)
    {
        Draft? draft = null;
        var interview = bot.Services.GetRequiredService<InterviewContext>();
        await bot.Adapter.ContinueConversationAsync(Message("x").GetConversationReference(), async (t, ct) => draft = await interview.Drafts(t).GetActiveAsync(ct), default);
        return draft;
    }

    [Fact]
    public async Task An_accepted_problem_still_as_shown_gets_the_polished_version_offered_under_its_number()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(WithProblems("d1", Accepted("p1", "别的问题", Polished), Accepted("p2", "原话", Shown)), Message("x"));

        var outcome = await DeliverAsync(bot, Late("d1", "原话"));

        Assert.Equal(LatePhrasingOutcome.AlternativeOffered, outcome);
        var offer = Assert.Single(bot.Sender.Sent);
        Assert.Contains(Polished.ToText(), offer.Text, StringComparison.Ordinal);
        Assert.Equal(["用润色版 1.1.2", "不用润色版 1.1.2"], offer.SuggestedActions!.Actions!.Select(a => a.Title));
        var problem = (await ActiveDraftAsync(bot))!.Aspects[0].Problems[1];
        Assert.Equal(Shown.Headline, problem.Headline);
        Assert.Equal(new ProblemAlternative(Polished.Headline, Polished.Elaboration, Polished.Example, Shown.ToText()), problem.PendingAlternative);
    }

    [Fact]
    public async Task A_second_answer_for_the_same_problem_is_not_offered_again()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(WithProblems("d1", Accepted("p1", "原话", Shown)), Message("x"));

        Assert.Equal(LatePhrasingOutcome.AlternativeOffered, await DeliverAsync(bot, Late("d1", "原话")));
        Assert.Equal(LatePhrasingOutcome.Skipped, await DeliverAsync(bot, Late("d1", "原话", Polished with { Headline = "另一种说法" })));

        Assert.Single(bot.Sender.Sent);
        Assert.Equal(Polished.Headline, (await ActiveDraftAsync(bot))!.Aspects[0].Problems[0].PendingAlternative!.Headline);
    }

    [Fact]
    public async Task A_deleted_or_edited_problem_gets_nothing()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(WithProblems("d1", Accepted("p1", "原话", Shown with { Headline = "用户自己改过的概括" })), Message("x"));

        Assert.Equal(LatePhrasingOutcome.Skipped, await DeliverAsync(bot, Late("d1", "原话")));
        Assert.Equal(LatePhrasingOutcome.Skipped, await DeliverAsync(bot, Late("d1", "删掉了的那条")));

        Assert.Empty(bot.Sender.Sent);
        var problem = (await ActiveDraftAsync(bot))!.Aspects[0].Problems[0];
        Assert.Equal("用户自己改过的概括", problem.Headline);
        Assert.Null(problem.PendingAlternative);
    }

    [Fact]
    public async Task A_draft_that_is_no_longer_the_active_one_gets_nothing()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(WithProblems("d1", Accepted("p1", "原话", Shown)), Message("x"));
        await bot.SaveDraftAsync(WithProblems("d2"), Message("x"));

        Assert.Equal(LatePhrasingOutcome.Skipped, await DeliverAsync(bot, Late("d1", "原话")));

        Assert.Empty(bot.Sender.Sent);
        Assert.Equal("d2", (await ActiveDraftAsync(bot))!.Id);
    }

    [Fact]
    public async Task A_model_answer_that_reads_the_same_as_the_built_in_one_is_not_sent()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(WithProblems("d1", Accepted("p1", "原话", Shown)), Message("x"));

        Assert.Equal(LatePhrasingOutcome.Skipped, await DeliverAsync(bot, Late("d1", "原话", Shown with { Source = PhrasingSource.Llm })));

        Assert.Empty(bot.Sender.Sent);
    }
}
