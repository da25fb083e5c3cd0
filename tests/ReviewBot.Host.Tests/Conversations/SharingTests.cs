namespace ReviewBot.Host.Tests.Conversations;

/// <summary>Group chats share one draft with contributors recorded; personal drafts stay private.</summary>
public sealed class SharingTests
{
    [Fact]
    public async Task Two_members_of_a_group_chat_contribute_to_one_draft_and_the_outline_names_them()
    {
        await using var host = await ChatHost.StartAsync();
        var zhang = Conversation.Group(host, "29:user-a", "张三");
        var li = zhang.As("29:user-b", "李四");
        await DraftScript.SetUpAsync(zhang, "班子材料", "2023年度主题教育专题民主生活会", DraftScript.TeamUnit);
        await DraftScript.PreambleAsync(zhang);
        await DraftScript.ProblemAsync(zhang, DraftScript.Problems[0].Text);
        await zhang.ClickAsync("下一个方面");

        // 李四 answers the question the group is at, clicking the card's buttons (Action.Submit with value).
        li.Host = host;
        await li.SayAsync(DraftScript.Problems[1].Text);
        Assert.True(li.Last.Buttons.All(b => b.SubmitData is not null), li.Transcript);
        await li.ClickAsync("采用");
        Assert.True(li.Last.Has("已保存为第一条（编号 1.2.1）"), li.Transcript);

        var outline = await zhang.SayAsync("提纲");
        Assert.Matches(@"1\.1\.1 [^\n]*（张三）", outline.Text);
        Assert.Matches(@"1\.2\.1 [^\n]*（李四）", outline.Text);
        var preview = await li.SayAsync("预览");
        Assert.True(preview.Has("枫桥经验") && preview.Has("12348"), li.Transcript);
    }

    [Fact]
    public async Task A_personal_draft_is_invisible_to_another_user_and_to_the_group()
    {
        await using var host = await ChatHost.StartAsync();
        var a = Conversation.Personal(host, "29:user-a", "张三");
        await DraftScript.SetUpAsync(a, "班子材料", "2023年度主题教育专题民主生活会", DraftScript.TeamUnit);
        await DraftScript.PreambleAsync(a);
        await DraftScript.ProblemAsync(a, DraftScript.Problems[0].Text);

        var b = Conversation.Personal(host, "29:user-b", "李四");
        Assert.True((await b.SayAsync("我的材料")).Has("还没有材料"), b.Transcript);
        Assert.True((await b.SayAsync("预览")).Has("还没有材料可以预览"), b.Transcript);
        Assert.True((await b.SayAsync("修改 1.1.1")).Has("还没有材料"), b.Transcript);
        Assert.False((await b.SayAsync("继续")).Has("理论学习"), b.Transcript);

        var group = Conversation.Group(host, "29:user-a", "张三");
        Assert.True((await group.SayAsync("我的材料")).Has("还没有材料"), group.Transcript);
        Assert.True((await group.SayAsync("预览")).Has("还没有材料可以预览"), group.Transcript);

        // A's own draft is untouched.
        Assert.True((await a.SayAsync("预览")).Has("枫桥经验"), a.Transcript);
    }
}
