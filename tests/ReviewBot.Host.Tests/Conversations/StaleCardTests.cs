namespace ReviewBot.Host.Tests.Conversations;

/// <summary>A card clicked twice, and an old card clicked after moving on: nothing is saved twice, and the user is told why.</summary>
public sealed class StaleCardTests
{
    [Fact]
    public async Task Clicking_adopt_twice_saves_the_problem_once()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await InterviewCommandTests.StartAt2023FirstAspectAsync(host);
        await chat.SayAsync(DraftScript.Problems[0].Text);
        var adopt = Conversation.FindButton(chat.Last, "采用");
        Assert.NotNull(adopt.SubmitData);

        await chat.ClickAsync(adopt);
        var again = await chat.ClickAsync(adopt);

        Assert.False(string.IsNullOrWhiteSpace(again.Text), chat.Transcript);
        Assert.True(again.Has("再加一条") || again.Has("按钮"), chat.Transcript);
        var outline = await chat.SayAsync("提纲");
        Assert.True(outline.Has("理论学习**：1 条"), chat.Transcript);
        Assert.False(outline.Has("1.1.2"), chat.Transcript);
    }

    [Fact]
    public async Task An_old_card_clicked_after_moving_on_is_explained_and_changes_nothing()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await InterviewCommandTests.StartAt2023FirstAspectAsync(host);
        await chat.SayAsync(DraftScript.Problems[0].Text);
        var adopt = Conversation.FindButton(chat.Last, "采用");
        await chat.ClickAsync(adopt);
        await chat.ClickAsync("下一个方面");
        Assert.True(chat.Last.Has("第 2/6 个方面"), chat.Transcript);

        var stale = await chat.ClickAsync(adopt);

        Assert.True(stale.Has("之前某张卡片上的按钮"), chat.Transcript);
        var outline = await chat.SayAsync("提纲");
        Assert.True(outline.Has("理论学习**：1 条"), chat.Transcript);
        Assert.True(outline.Has("政治素质**：0 条"), chat.Transcript);
        Assert.True(outline.Has("第 2/6 个方面"), chat.Transcript);
    }

    [Fact]
    public async Task An_old_kind_button_clicked_mid_interview_starts_nothing_new()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = Conversation.Personal(host);
        await chat.SayAsync("新建材料");
        var kind = Conversation.FindButton(chat.Last, "班子材料");
        await chat.ClickAsync(kind);
        await chat.ClickAsync("2023年度主题教育专题民主生活会");
        await chat.SayAsync(DraftScript.TeamUnit);
        await DraftScript.PreambleAsync(chat);

        var stale = await chat.ClickAsync(kind);

        Assert.False(stale.Has("已新建材料"), chat.Transcript);
        Assert.True(stale.Has("第 1/6 个方面") || stale.Has("按钮"), chat.Transcript);
        Assert.Equal(2, (await chat.SayAsync("我的材料")).Buttons.Count);
    }
}
