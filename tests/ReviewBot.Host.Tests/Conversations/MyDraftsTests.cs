namespace ReviewBot.Host.Tests.Conversations;

/// <summary>我的材料: list, switch, rename, delete with confirmation.</summary>
public sealed class MyDraftsTests
{
    private static async Task<Conversation> TwoDraftsAsync(ChatHost host)
    {
        var chat = Conversation.Personal(host);
        await DraftScript.SetUpAsync(chat, "班子材料", "2023年度主题教育专题民主生活会", "某市司法局党组");
        await DraftScript.PreambleAsync(chat);
        await DraftScript.ProblemAsync(chat, DraftScript.Problems[0].Text);
        await chat.SayAsync("暂停");
        await DraftScript.SetUpAsync(chat, "班子材料", "2025年度民主生活会（五个带头）", "某县人民法院党组");
        await chat.SayAsync("暂停");
        return chat;
    }

    [Fact]
    public async Task The_list_shows_every_draft_and_marks_the_active_one()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await TwoDraftsAsync(host);

        var list = await chat.SayAsync("我的材料");

        Assert.True(list.Has("某县人民法院党组"), chat.Transcript);
        Assert.True(list.Has("某市司法局党组"), chat.Transcript);
        Assert.Matches("★ 某县人民法院党组", list.Text);
        Assert.Equal(3, list.Buttons.Count);
    }

    [Fact]
    public async Task Switching_makes_continue_resume_the_other_draft_where_it_stopped()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await TwoDraftsAsync(host);

        await chat.SayAsync("我的材料");
        await chat.ClickAsync(chat.Last.Buttons.First(b => b.Title.Contains("某市司法局党组", StringComparison.Ordinal)));
        await chat.ClickAsync("切换到它");
        Assert.True(chat.Last.Has("已切换"), chat.Transcript);
        var resumed = await chat.SayAsync("继续");

        Assert.True(resumed.Has("理论学习"), chat.Transcript);
        Assert.True((await chat.SayAsync("预览")).Has("枫桥经验"), chat.Transcript);
    }

    [Fact]
    public async Task Rename_changes_the_title_in_the_list()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await TwoDraftsAsync(host);

        await chat.SayAsync("我的材料");
        await chat.SayAsync("2");
        await chat.ClickAsync("重命名");
        Assert.True((await chat.SayAsync("司法局班子材料定稿")).Has("已重命名"), chat.Transcript);

        var list = await chat.SayAsync("我的材料");
        Assert.True(list.Has("司法局班子材料定稿"), chat.Transcript);
        Assert.True(list.Has("某县人民法院党组"), chat.Transcript);
    }

    [Fact]
    public async Task Delete_needs_a_yes_and_then_removes_only_that_draft()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await TwoDraftsAsync(host);

        await chat.SayAsync("我的材料");
        await chat.SayAsync("1");
        await chat.ClickAsync("删除");
        Assert.True(chat.Last.Has("确定删除这份材料吗"), chat.Transcript);
        Assert.True((await chat.SayAsync("否")).Has("没有删除"), chat.Transcript);
        Assert.True((await chat.SayAsync("我的材料")).Has("某县人民法院党组"), chat.Transcript);

        await chat.SayAsync("1");
        await chat.ClickAsync("删除");
        Assert.True((await chat.SayAsync("是")).Has("已删除"), chat.Transcript);
        var list = await chat.SayAsync("我的材料");
        Assert.False(list.Has("某县人民法院党组"), chat.Transcript);
        Assert.True(list.Has("某市司法局党组"), chat.Transcript);
    }
}
