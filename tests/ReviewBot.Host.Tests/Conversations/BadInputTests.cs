using System.Text.Json.Nodes;

namespace ReviewBot.Host.Tests.Conversations;

/// <summary>Bad input mid-interview gets a clear Chinese reply, the same question again, and loses nothing.</summary>
public sealed class BadInputTests
{
    private static async Task<Conversation> AtSecondAspectAsync(ChatHost host)
    {
        var chat = await InterviewCommandTests.StartAt2023FirstAspectAsync(host);
        await DraftScript.ProblemAsync(chat, DraftScript.Problems[0].Text);
        await chat.ClickAsync("下一个方面");
        Assert.True(chat.Last.Has("第 2/6 个方面"), chat.Transcript);
        return chat;
    }

    private static async Task AssertNothingLostAsync(Conversation chat)
    {
        var outline = await chat.SayAsync("提纲");
        Assert.True(outline.Has("理论学习**：1 条"), chat.Transcript);
        Assert.True(outline.Has("政治素质**：0 条"), chat.Transcript);
        Assert.True(outline.Has("0 导语：已写"), chat.Transcript);
        // And the interview carries on normally.
        await DraftScript.ProblemAsync(chat, DraftScript.Problems[1].Text);
        Assert.True(chat.Last.Has("编号 1.2.1"), chat.Transcript);
    }

    [Theory]
    [InlineData("", "没有收到文字内容")]
    [InlineData("   ", "没有收到文字内容")]
    [InlineData("。。。！！", "只收到了标点或表情")]
    [InlineData("👍😀🎉", "只收到了标点或表情")]
    [InlineData("We did not study the new theory often enough this year", "用中文")]
    public async Task Unusable_answers_are_explained_and_the_question_is_asked_again(string text, string explanation)
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await AtSecondAspectAsync(host);

        var reply = await chat.SayAsync(text);

        Assert.True(reply.Has(explanation), chat.Transcript);
        Assert.False(reply.Has("我整理成了这样"), chat.Transcript);
        await AssertNothingLostAsync(chat);
    }

    [Fact]
    public async Task A_card_submit_without_any_answer_field_is_explained()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await AtSecondAspectAsync(host);
        var activity = chat.NewActivity(null);
        activity.Remove("text");
        activity["value"] = new JsonObject { ["unrelated"] = 1 };

        var reply = await chat.PostAsync(activity);

        Assert.True(reply.Has("没有收到文字内容"), chat.Transcript);
        await AssertNothingLostAsync(chat);
    }

    [Fact]
    public async Task An_answer_over_the_limit_gets_the_stated_limit_and_a_shorter_one_is_taken()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await AtSecondAspectAsync(host);
        var tooLong = string.Concat(Enumerable.Repeat("政治理论学习不够深入，", 300))[..3000];

        var reply = await chat.SayAsync(tooLong);

        Assert.True(reply.Has("3000 个字"), chat.Transcript);
        Assert.True(reply.Has("2000 字的上限"), chat.Transcript);
        await AssertNothingLostAsync(chat);
    }

    [Fact]
    public async Task An_unknown_command_mid_interview_is_explained()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await AtSecondAspectAsync(host);

        var reply = await chat.SayAsync("/打印");

        Assert.True(reply.Has("没有“/打印”这个命令"), chat.Transcript);
        Assert.True(reply.Has("政治素质"), chat.Transcript);
        await AssertNothingLostAsync(chat);
    }

    [Fact]
    public async Task Text_outside_any_interview_gets_the_menu_with_an_explanation()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = Conversation.Personal(host);

        var reply = await chat.SayAsync("打印材料");

        Assert.True(reply.Has("现在没有进行中的访谈"), chat.Transcript);
        Assert.Contains(reply.Buttons, b => b.Title == "新建材料");
    }

    [Fact]
    public async Task An_interview_command_outside_the_interview_is_explained()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = Conversation.Personal(host);

        var reply = await chat.SayAsync("下一个方面");

        Assert.True(reply.Has("要在写材料的过程中使用"), chat.Transcript);
    }

    [Fact]
    public async Task A_command_typed_in_the_middle_of_an_answer_is_kept_as_the_answer()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await AtSecondAspectAsync(host);

        var reply = await chat.SayAsync("我们想修改一下学习计划，但是预览了一下发现2024年只开了1次专题会");

        Assert.True(reply.Has("我整理成了这样"), chat.Transcript);
        Assert.True(reply.Has("2024年"), chat.Transcript);
    }
}
