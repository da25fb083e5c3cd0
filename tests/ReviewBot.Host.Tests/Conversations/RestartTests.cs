namespace ReviewBot.Host.Tests.Conversations;

/// <summary>The bot stopped mid-interview and a new one started over the same SQLite file.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Continue_after_a_restart_asks_the_same_question_and_nothing_typed_is_lost()
    {
        var path = ChatHost.NewDatabasePath();
        var first = await ChatHost.StartAsync(path);
        var chat = await InterviewCommandTests.StartAt2023FirstAspectAsync(first);
        await DraftScript.ProblemAsync(chat, DraftScript.Problems[0].Text);
        await chat.ClickAsync("下一个方面");
        var asked = chat.Last;
        Assert.True(asked.Has("第 2/6 个方面"), chat.Transcript);
        await first.StopAsync();

        await using var second = await ChatHost.StartAsync(path);
        chat.Host = second;
        var resumed = await chat.SayAsync("继续");

        Assert.True(resumed.Has("（二）政治素质"), chat.Transcript);
        Assert.True(resumed.Has("第 2/6 个方面"), chat.Transcript);
        var preview = await chat.SayAsync("预览");
        foreach (var fact in DraftScript.Problems[0].Facts.Append("45").Append("30"))
        {
            Assert.True(preview.Has(fact), $"“{fact}” lost after the restart:\n{chat.Transcript}");
        }
    }

    [Fact]
    public async Task An_answer_sent_right_after_a_restart_answers_the_pending_question()
    {
        var path = ChatHost.NewDatabasePath();
        var first = await ChatHost.StartAsync(path);
        var chat = await InterviewCommandTests.StartAt2023FirstAspectAsync(first);
        await chat.SayAsync(DraftScript.Problems[1].Text);
        Assert.True(chat.Last.Has("我整理成了这样"), chat.Transcript);
        await first.StopAsync();

        await using var second = await ChatHost.StartAsync(path);
        chat.Host = second;
        await chat.SayAsync("采用");

        Assert.True(chat.Last.Has("已保存为第一条（编号 1.1.1）"), chat.Transcript);
        Assert.True((await chat.SayAsync("预览")).Has("12348"), chat.Transcript);
    }

    [Fact]
    public async Task A_draft_survives_two_restarts_in_the_middle_of_measures()
    {
        var path = ChatHost.NewDatabasePath();
        var first = await ChatHost.StartAsync(path);
        var chat = await InterviewCommandTests.StartAt2023FirstAspectAsync(first);
        var facts = await DraftScript.AllAspectsAsync(chat, 6);
        await DraftScript.CausesAsync(chat);
        await chat.ClickAsync("全部采用");
        await chat.SayAsync(DraftScript.Owner);
        Assert.True(chat.Last.Has("完成时限是"), chat.Transcript);
        await first.StopAsync();

        var second = await ChatHost.StartAsync(path);
        chat.Host = second;
        await second.StopAsync();
        await using var third = await ChatHost.StartAsync(path);
        chat.Host = third;
        await chat.SayAsync(DraftScript.Deadline);
        Assert.True(chat.Last.Has("整改措施现有"), chat.Transcript);
        await chat.ClickAsync("完成");

        var preview = chat.Last;
        Assert.True(preview.Has(DraftScript.Owner), chat.Transcript);
        Assert.All(facts, fact => Assert.True(preview.Has(fact), $"“{fact}” lost:\n{chat.Transcript}"));
    }
}
