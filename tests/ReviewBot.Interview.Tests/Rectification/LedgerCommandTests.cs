using System.Text.Json;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Rectification;
using static ReviewBot.Interview.Tests.Rectification.RectificationHarness;

namespace ReviewBot.Interview.Tests.Rectification;

public sealed class LedgerCommandTests
{
    private static readonly Draft TwoMeasures = Draft("d1", "2024年度班子材料",
        ("重订年度学习计划", "张三", Due(2025, 3, 31)),
        ("建立联席会议制度", "李四", Due(2025, 2, 28)),
        ("坚持每季度专题研讨", "张三", new Deadline(DeadlineKind.Ongoing, null, "长期坚持")));

    [Fact]
    public async Task Progress_lists_overdue_first_with_counts_and_completion_rate()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(TwoMeasures, Message("x"));

        var reply = await bot.SayAsync("整改进展");

        Assert.Contains("共 3 项，已完成 0 项，完成率 0.0%，逾期 1 项", reply, StringComparison.Ordinal);
        Assert.True(reply.IndexOf("3.2 建立联席会议制度", StringComparison.Ordinal) < reply.IndexOf("3.1 重订年度学习计划", StringComparison.Ordinal));
        Assert.Contains("逾期（未启动）", reply, StringComparison.Ordinal);
        Assert.Contains("3.3 坚持每季度专题研讨【长期坚持】", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_by_text_counts_and_sync_keeps_the_status_when_the_draft_changes()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(TwoMeasures, Message("x"));
        await bot.SayAsync("整改进展");

        Assert.Contains("已将 3.2 标记为已完成", await bot.SayAsync("完成 3.2"), StringComparison.Ordinal);
        var edited = TwoMeasures with { Measures = [.. TwoMeasures.Measures.Select(m => m.Id == "d1-m2" ? m with { Headline = "建立并运行联席会议制度" } : m)] };
        await bot.SaveDraftAsync(edited, Message("x"));

        var reply = await bot.SayAsync("整改进展");
        Assert.Contains("共 3 项，已完成 1 项，完成率 33.3%，逾期 0 项", reply, StringComparison.Ordinal);
        Assert.Contains("3.2 建立并运行联席会议制度【已完成】", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_note_moves_not_started_to_in_progress_and_appears_in_the_audit_trail()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(TwoMeasures, Message("x"));

        Assert.Contains("已记录 3.1 的进展：已召开联席会议", await bot.SayAsync("进展 3.1 已召开联席会议"), StringComparison.Ordinal);
        var log = await bot.SayAsync("记录 3.1");

        Assert.Contains("状态：整改中", log, StringComparison.Ordinal);
        Assert.Contains("张三：进展 已召开联席会议", log, StringComparison.Ordinal);
        Assert.Contains("未启动 → 整改中", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extension_asks_for_the_reason_then_moves_the_deadline_and_clears_overdue()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(TwoMeasures, Message("x"));

        Assert.Contains("请说明延期理由", await bot.SayAsync("延期 3.2 到9月底"), StringComparison.Ordinal);
        Assert.Contains("已将 3.2 延期至2025年9月30日前", await bot.SayAsync("需等上级文件出台后修订"), StringComparison.Ordinal);

        var reply = await bot.SayAsync("整改进展");
        Assert.Contains("逾期 0 项", reply, StringComparison.Ordinal);
        Assert.Contains("理由：需等上级文件出台后修订", await bot.SayAsync("记录 3.2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unanswered_question_expires_and_does_not_swallow_a_later_message()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(TwoMeasures, Message("x"));
        await bot.SayAsync("延期 3.2 到9月底");

        bot.Clock.Advance(TimeSpan.FromHours(2));
        var reply = await bot.SayAsync("需等上级文件出台后修订");

        Assert.DoesNotContain("延期至", reply, StringComparison.Ordinal);
        Assert.Contains("逾期 1 项", await bot.SayAsync("整改进展"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_follows_the_fake_clock()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(TwoMeasures, Message("x"));
        Assert.Contains("逾期 1 项", await bot.SayAsync("整改进展"), StringComparison.Ordinal);

        bot.Clock.Advance(TimeSpan.FromDays(30)); // 2025-04-09: 3.1 (due 3-31) is now overdue too

        Assert.Contains("逾期 2 项", await bot.SayAsync("整改进展"), StringComparison.Ordinal);
        Assert.Contains("逾期 2 项", await bot.SayAsync("整改进展 逾期"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_mine_and_this_month()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(TwoMeasures, Message("x"));

        var mine = await bot.SayAsync("整改进展 我的");
        Assert.Contains("共 2 项", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("建立联席会议制度", mine, StringComparison.Ordinal);
        var month = await bot.SayAsync("整改进展 本月");
        Assert.Contains("共 1 项", month, StringComparison.Ordinal);
        Assert.Contains("重订年度学习计划", month, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_submit_marks_done_like_the_text_command()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(TwoMeasures, Message("x"));
        await bot.SayAsync("整改进展");
        var submit = Message(string.Empty, value: JsonSerializer.SerializeToElement(new { command = "完成 3.1", text = "完成 3.1" }));
        submit.Text = null;

        Assert.Contains("已将 3.1 标记为已完成", await bot.SendAsync(submit), StringComparison.Ordinal);
        var statuses = await bot.Ledger.ListAsync(global::ReviewBot.Interview.Workspace.DraftOwner.From(Message("x")).Key, default);
        Assert.Equal(MeasureStatus.Done, statuses.Single(m => m.Number == "3.1").Status);
    }

    [Fact]
    public async Task Teams_gets_an_adaptive_card_whose_buttons_post_the_commands()
    {
        await using var bot = new RectificationHarness();
        var teams = Message("x");
        teams.ChannelId = "msteams";
        await bot.SaveDraftAsync(TwoMeasures, teams);

        await bot.SayAsync("整改进展", channel: "msteams");

        var card = bot.Sender.Sent[^1].Attachments!.Single();
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var json = System.Text.RegularExpressions.Regex.Unescape(card.Content!.Value.GetRawText());
        Assert.Contains("\"version\":\"1.5\"", json, StringComparison.Ordinal);
        Assert.Contains("{\"command\":\"完成 3.2\",\"text\":\"完成 3.2\",\"msteams\":{\"type\":\"imBack\",\"value\":\"完成 3.2\"}}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_and_conversations_see_only_their_own_measures()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(TwoMeasures, Message("x", user: "u1"));
        await bot.SaveDraftAsync(Draft("g1", "支部材料", ("规范三会一课记录", "王五", null)), Message("x", user: "u1", conversation: "group1", group: true));

        Assert.Contains("还没有整改措施", await bot.SayAsync("整改进展", user: "u2", conversation: "c2"), StringComparison.Ordinal);
        Assert.Contains("台账里没有编号为 3.1", await bot.SayAsync("完成 3.1", user: "u2", conversation: "c2"), StringComparison.Ordinal);
        var group = await bot.SayAsync("整改进展", user: "u2", conversation: "group1", group: true);
        Assert.Contains("共 1 项", group, StringComparison.Ordinal);
        Assert.DoesNotContain("学习计划", group, StringComparison.Ordinal);
        Assert.Contains("逾期 1 项", await bot.SayAsync("整改进展"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_has_figures_and_each_measure_with_its_progress()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(TwoMeasures, Message("x"));
        await bot.SayAsync("进展 3.1 已起草新计划");
        await bot.SayAsync("完成 3.1");

        var report = await bot.SayAsync("整改报告");

        Assert.Contains("整改落实情况报告", report, StringComparison.Ordinal);
        Assert.Contains("共 3 项，已完成 1 项，完成率 33.3%，逾期 1 项", report, StringComparison.Ordinal);
        Assert.Contains("3.1 重订年度学习计划。状态：已完成", report, StringComparison.Ordinal);
        Assert.Contains("已起草新计划", report, StringComparison.Ordinal);
        Assert.Contains("三、下一步打算", report, StringComparison.Ordinal);
        var file = Assert.Single(bot.Files.Delivered);
        Assert.EndsWith(".docx", file.Name, StringComparison.Ordinal);
        var docxText = Documents.DocxTextReader.Read(new MemoryStream(file.Content));
        Assert.Contains("完成率 33.3%", docxText, StringComparison.Ordinal);
        Assert.Contains("已起草新计划", docxText, StringComparison.Ordinal);
    }
}
