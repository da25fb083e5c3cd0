using System.Text.RegularExpressions;
using ReviewBot.Interview.Dialogs.Aspects;
using ReviewBot.Llm;
using ReviewBot.TestSupport;

namespace ReviewBot.Host.Tests.Conversations;

/// <summary>
/// A model slower than LLM:SoftDeadlineSeconds, through the real endpoint: the turn answers with the built-in phrasing
/// and a promise, and the model's version follows as a proactive message — as the new proposal, as a 用润色版 offer,
/// or not at all when the user changed the problem meanwhile.
/// </summary>
public sealed partial class LatePhrasingTests
{
    /// <summary>Set-up, 导语, then the first problem in the user's words: the review shows the built-in phrasing.</summary>
    private static async Task<(Conversation Chat, string BuiltInHeadline)> ReviewingAsync(ChatHost host)
    {
        var chat = Conversation.Personal(host);
        await DraftScript.SetUpAsync(chat, "班子材料", "2023年度主题教育专题民主生活会", DraftScript.TeamUnit);
        await DraftScript.PreambleAsync(chat);
        await chat.SayAsync(SlowModel.Raw);
        Assert.True(chat.Last.Has("我整理成了这样"), chat.Transcript);
        Assert.True(chat.Last.Has(LlmPhraser.SlowLateNotice), chat.Transcript);
        Assert.False(chat.Last.Has(SlowModel.PolishedHeadline), chat.Transcript);
        return (chat, ProposedHeadline(chat.Last.Text));
    }

    private static string ProposedHeadline(string text)
    {
        var match = Proposal().Match(text);
        Assert.True(match.Success, text);
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task Still_on_the_review_the_polished_version_arrives_as_the_new_proposal_and_采用_saves_it()
    {
        await using var model = await SlowModel.StartAsync();
        await using var host = await model.StartHostAsync();
        var (chat, builtIn) = await ReviewingAsync(host);

        model.Release();
        var arrived = await SlowModel.ProactiveAsync(host, LatePhrasingTurn.ProposalNotice, chat);

        var proposal = new Turn(200, [arrived]);
        Assert.True(proposal.Has("我整理成了这样"), proposal.ToString());
        Assert.Equal(SlowModel.PolishedHeadline, ProposedHeadline(proposal.Text));
        Assert.Equal(chat.ConversationId, arrived.Conversation?.Id);
        await chat.ClickAsync(Conversation.FindButton(proposal, "采用"));
        Assert.True(chat.Last.Has("已保存为第一条（编号 1.1.1）"), chat.Transcript);
        await chat.SayAsync("预览");
        Assert.True(chat.Last.Has(SlowModel.PolishedElaboration), chat.Transcript);
        Assert.False(chat.Last.Has(builtIn + "。"), chat.Transcript);
    }

    [Fact]
    public async Task 采用_on_the_built_in_card_after_the_polished_proposal_arrived_adopts_nothing()
    {
        await using var model = await SlowModel.StartAsync();
        await using var host = await model.StartHostAsync();
        var (chat, builtIn) = await ReviewingAsync(host);
        var builtInCard = chat.Last;

        model.Release();
        var proposal = new Turn(200, [await SlowModel.ProactiveAsync(host, LatePhrasingTurn.ProposalNotice, chat)]);
        var stale = await chat.ClickAsync(Conversation.FindButton(builtInCard, "采用"));

        Assert.True(stale.Has("这个按钮来自之前的一张卡片"), chat.Transcript);
        Assert.False(stale.Has("已保存为第一条"), chat.Transcript);
        Assert.Equal(SlowModel.PolishedHeadline, ProposedHeadline(stale.Text));
        await chat.ClickAsync(Conversation.FindButton(proposal, "采用"));
        Assert.True(chat.Last.Has("已保存为第一条（编号 1.1.1）"), chat.Transcript);
        await chat.SayAsync("预览");
        Assert.True(chat.Last.Has(SlowModel.PolishedElaboration), chat.Transcript);
        Assert.False(chat.Last.Has(builtIn + "。"), chat.Transcript);
    }

    [Fact]
    public async Task Already_accepted_the_polished_version_is_offered_and_用润色版_replaces_the_text()
    {
        await using var model = await SlowModel.StartAsync();
        await using var host = await model.StartHostAsync();
        var (chat, builtIn) = await ReviewingAsync(host);
        await chat.ClickAsync("采用");
        Assert.True(chat.Last.Has("已保存为第一条（编号 1.1.1）"), chat.Transcript);

        model.Release();
        var offer = new Turn(200, [await SlowModel.ProactiveAsync(host, "润色版到了", chat)]);

        Assert.True(offer.Has("1.1.1"), offer.ToString());
        Assert.True(offer.Has(SlowModel.PolishedElaboration), offer.ToString());
        await chat.SayAsync("预览");
        Assert.True(chat.Last.Has(builtIn + "。"), "offered, not applied:\n" + chat.Transcript);
        await chat.SayAsync("提纲");
        Assert.True(chat.Last.Has("1.1.1 " + builtIn), chat.Transcript);
        Assert.True(chat.Last.Has("✎有润色版待用（发送“用润色版 1.1.1”）"), chat.Transcript);
        await chat.ClickAsync(Conversation.FindButton(offer, "用润色版 1.1.1"));
        Assert.True(chat.Last.Has("已把 1.1.1 换成润色版"), chat.Transcript);
        Assert.True(chat.Last.Has("我们接着刚才的问题"), chat.Transcript);
        await chat.SayAsync("预览");
        Assert.True(chat.Last.Has(SlowModel.PolishedElaboration), chat.Transcript);
        Assert.False(chat.Last.Has(builtIn + "。"), chat.Transcript);
        await chat.SayAsync("用润色版 1.1.1");
        Assert.True(chat.Last.Has("1.1.1 没有待用的润色版"), "used once:\n" + chat.Transcript);
        await chat.SayAsync("提纲");
        Assert.False(chat.Last.Has("润色版待用"), chat.Transcript);
    }

    [Fact]
    public async Task Edited_meanwhile_nothing_is_sent_and_the_user_s_text_stays()
    {
        const string Own = "学习抓得不够紧。全年集中学习只有4次，对枫桥经验研究不深。如，2024年3月15日的专题研讨流于形式";
        await using var model = await SlowModel.StartAsync();
        await using var host = await model.StartHostAsync();
        var (chat, _) = await ReviewingAsync(host);
        await chat.ClickAsync("采用");
        await chat.SayAsync("修改 1.1.1");
        await chat.SayAsync(Own);
        Assert.True(chat.Last.Has("已保存对 1.1.1 的修改"), chat.Transcript);

        model.Release();
        await model.LoggedAsync("not sent: the problem was edited, deleted or not accepted");

        Assert.Empty(SlowModel.Proactive(host));
        await chat.SayAsync("预览");
        Assert.True(chat.Last.Has("学习抓得不够紧。"), chat.Transcript);
        Assert.False(chat.Last.Has(SlowModel.PolishedHeadline), chat.Transcript);
        await chat.SayAsync("用润色版 1.1.1");
        Assert.True(chat.Last.Has("1.1.1 没有待用的润色版"), chat.Transcript);
    }

    [Fact]
    public async Task A_model_that_fails_late_sends_nothing_and_the_review_goes_on()
    {
        await using var model = await SlowModel.StartAsync();
        model.ProblemReply = StubReply.Error(500);
        await using var host = await model.StartHostAsync();
        var (chat, builtIn) = await ReviewingAsync(host);
        var review = chat.Last;

        model.Release();
        await model.LoggedAsync("failed or was rejected; the built-in version stays");

        Assert.Empty(SlowModel.Proactive(host));
        await chat.ClickAsync(Conversation.FindButton(review, "采用"));
        Assert.True(chat.Last.Has("已保存为第一条（编号 1.1.1）"), chat.Transcript);
        await chat.SayAsync("预览");
        Assert.True(chat.Last.Has(builtIn + "。"), chat.Transcript);
    }

    [Fact]
    public async Task Typing_while_the_model_is_slow_keeps_the_state_consistent()
    {
        await using var model = await SlowModel.StartAsync();
        await using var host = await model.StartHostAsync();
        var (chat, builtIn) = await ReviewingAsync(host);
        await chat.SayAsync("帮助");
        await chat.SayAsync("提纲");
        // 换个说法 asks the (still slow) model again: the first late answer no longer matches what the user sees.
        await chat.ClickAsync("换个说法");
        Assert.True(chat.Last.Has(LlmPhraser.SlowLateNotice), chat.Transcript);
        Assert.NotEqual(builtIn, ProposedHeadline(chat.Last.Text));

        model.Release();
        // Keep typing while both late answers come back and are delivered.
        for (var i = 0; i < 40 && SlowModel.Proactive(host).Count == 0; i++)
        {
            await chat.SayAsync("帮助");
        }
        await model.LoggedAsync("delivered: ProposalReplaced");
        await model.LoggedAsync("not sent: the problem was edited, deleted or not accepted");

        var proactive = Assert.Single(SlowModel.Proactive(host));
        Assert.Equal(SlowModel.PolishedHeadline, ProposedHeadline(Turn.TextOf(proactive)));
        await chat.SayAsync("继续");
        Assert.Equal(SlowModel.PolishedHeadline, ProposedHeadline(chat.Last.Text));
        await chat.ClickAsync("采用");
        Assert.True(chat.Last.Has("已保存为第一条（编号 1.1.1）"), chat.Transcript);
        await chat.SayAsync("提纲");
        Assert.True(chat.Last.Has("1.1.1"), chat.Transcript);
        Assert.False(chat.Last.Has("1.1.2"), chat.Transcript);
        await chat.SayAsync("预览");
        Assert.True(chat.Last.Has(SlowModel.PolishedElaboration), chat.Transcript);
    }

    [Fact]
    public async Task Stopping_the_host_waits_for_a_late_answer_in_flight_and_delivers_it()
    {
        await using var model = await SlowModel.StartAsync();
        var host = await model.StartHostAsync();
        await ReviewingAsync(host);

        var stopping = host.StopAsync();
        model.Release();
        await stopping;

        var proactive = Assert.Single(SlowModel.Proactive(host));
        Assert.Equal(SlowModel.PolishedHeadline, ProposedHeadline(Turn.TextOf(proactive)));
        Assert.Contains(model.Logs.Lines, l => l.Contains("delivered: ProposalReplaced", StringComparison.Ordinal));
        Assert.DoesNotContain(model.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    [GeneratedRegex("我整理成了这样：\\s*([^。]+)。")]
    private static partial Regex Proposal();
}
