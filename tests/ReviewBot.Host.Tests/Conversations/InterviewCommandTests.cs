namespace ReviewBot.Host.Tests.Conversations;

/// <summary>修改 / 删除 / 上一步 / 下一个方面 / 跳过 / 暂停 / 取消 / 帮助 typed at several steps of the interview.</summary>
public sealed class InterviewCommandTests
{
    private const string Framework2023 = "2023年度主题教育专题民主生活会";

    internal static async Task<Conversation> StartAt2023FirstAspectAsync(ChatHost host, Conversation? chat = null)
    {
        chat ??= Conversation.Personal(host);
        await DraftScript.SetUpAsync(chat, "班子材料", Framework2023, DraftScript.TeamUnit);
        await DraftScript.PreambleAsync(chat);
        Assert.True(chat.Last.Has("第 1/6 个方面"), chat.Transcript);
        return chat;
    }

    [Fact]
    public async Task Help_at_a_question_explains_the_step_and_asks_the_same_question_again()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await StartAt2023FirstAspectAsync(host);

        var help = await chat.SayAsync("帮助");

        Assert.True(help.Has("“理论学习”方面主要看"), chat.Transcript);
        Assert.True(help.Has("我们接着刚才的问题"), chat.Transcript);
        Assert.True(help.Has("第 1/6 个方面"), chat.Transcript);
    }

    [Fact]
    public async Task Quality_check_mid_interview_names_the_problem_without_a_measure_and_returns_to_the_question()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await StartAt2023FirstAspectAsync(host);
        await chat.SayAsync("中心组全年只学了4次，比如学习枫桥经验时没有结合12348热线讨论");
        await chat.ClickAsync("采用");

        var check = await chat.SayAsync("体检");

        Assert.True(check.Has("材料体检"), chat.Transcript);
        Assert.True(check.Has("问题没有对应措施"), chat.Transcript);
        Assert.True(check.Has("我们接着刚才的问题"), chat.Transcript);
    }

    [Fact]
    public async Task Help_at_a_choice_explains_the_choices()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await StartAt2023FirstAspectAsync(host);
        await chat.SayAsync(DraftScript.Problems[0].Text);

        var help = await chat.SayAsync("帮助");

        Assert.True(help.Has("“采用”保存这条"), chat.Transcript);
        Assert.Contains(help.Buttons, b => b.Title == "采用");
    }

    [Fact]
    public async Task Skip_next_aspect_and_back_move_between_aspects_without_losing_problems()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await StartAt2023FirstAspectAsync(host);

        Assert.True((await chat.SayAsync("跳过")).Has("第 2/6 个方面"), chat.Transcript);
        Assert.True((await chat.SayAsync("上一步")).Has("第 1/6 个方面"), chat.Transcript);
        await DraftScript.ProblemAsync(chat, DraftScript.Problems[0].Text);
        await chat.ClickAsync("下一个方面");
        Assert.True(chat.Last.Has("第 2/6 个方面"), chat.Transcript);
        Assert.True((await chat.SayAsync("下一个方面")).Has("第 3/6 个方面"), chat.Transcript);
        Assert.True((await chat.SayAsync("上一步")).Has("第 2/6 个方面"), chat.Transcript);
        var back = await chat.SayAsync("上一步");

        // Back in 理论学习: the problem saved there is still there and the bot asks for the next one.
        Assert.True(back.Has("理论学习已有 1 条"), chat.Transcript);
        var outline = await chat.SayAsync("提纲");
        Assert.True(outline.Has("1.1.1"), chat.Transcript);
        Assert.True(outline.Has("我们接着刚才的问题"), chat.Transcript);
    }

    [Fact]
    public async Task Back_from_the_first_aspect_returns_to_the_preamble()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await StartAt2023FirstAspectAsync(host);

        var back = await chat.SayAsync("上一步");

        Assert.True(back.Has("会前一共征求到多少条意见建议"), chat.Transcript);
    }

    [Fact]
    public async Task Edit_a_problem_mid_interview_saves_the_new_text_and_returns_to_the_question()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await StartAt2023FirstAspectAsync(host);
        await DraftScript.ProblemAsync(chat, DraftScript.Problems[0].Text);
        await chat.ClickAsync("下一个方面");

        var shown = await chat.SayAsync("修改 1.1.1");
        Assert.True(shown.Has("1.1.1 现在是"), chat.Transcript);
        Assert.True(shown.Has("枫桥经验"), chat.Transcript);
        var saved = await chat.SayAsync("学习的系统性不够。全年集中学习4次，研讨不深。如，2024年3月15日研讨枫桥经验时只读了文件");

        Assert.True(saved.Has("已保存对 1.1.1 的修改"), chat.Transcript);
        Assert.True(saved.Has("第 2/6 个方面"), chat.Transcript);
        var preview = await chat.SayAsync("预览");
        Assert.True(preview.Has("学习的系统性不够"), chat.Transcript);
        Assert.True(preview.Has("只读了文件"), chat.Transcript);
    }

    [Fact]
    public async Task Delete_asks_for_confirmation_and_no_keeps_the_item()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await StartAt2023FirstAspectAsync(host);
        await DraftScript.ProblemAsync(chat, DraftScript.Problems[0].Text);
        await chat.ClickAsync("下一个方面");
        await DraftScript.ProblemAsync(chat, DraftScript.Problems[1].Text);
        await chat.ClickAsync("下一个方面");

        var ask = await chat.SayAsync("删除 1.1.1");
        Assert.True(ask.Has("确定删除 1.1.1 吗"), chat.Transcript);
        var no = await chat.SayAsync("否");
        Assert.True(no.Has("没有删除"), chat.Transcript);
        Assert.True((await chat.SayAsync("预览")).Has("枫桥经验"), chat.Transcript);

        await chat.SayAsync("删除 1.1.1");
        var yes = await chat.SayAsync("是");
        Assert.True(yes.Has("已删除 1.1.1"), chat.Transcript);
        Assert.True(yes.Has("第 3/6 个方面"), chat.Transcript);
        var preview = await chat.SayAsync("预览");
        Assert.False(preview.Has("枫桥经验"), chat.Transcript);
        Assert.True(preview.Has("12348"), chat.Transcript);
    }

    [Fact]
    public async Task Edit_of_a_number_that_does_not_exist_says_so_and_keeps_the_question()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await StartAt2023FirstAspectAsync(host);

        var reply = await chat.SayAsync("修改 1.5.9");

        Assert.True(reply.Has("没有找到编号“1.5.9”"), chat.Transcript);
        Assert.True(reply.Has("第 1/6 个方面"), chat.Transcript);
    }

    [Fact]
    public async Task Pause_and_cancel_keep_everything_and_continue_asks_the_same_question()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await StartAt2023FirstAspectAsync(host);
        await DraftScript.ProblemAsync(chat, DraftScript.Problems[0].Text);
        await chat.ClickAsync("下一个方面");

        Assert.True((await chat.SayAsync("暂停")).Has("已暂停"), chat.Transcript);
        Assert.True((await chat.SayAsync("继续")).Has("第 2/6 个方面"), chat.Transcript);
        Assert.True((await chat.SayAsync("取消")).Has("已取消当前操作"), chat.Transcript);
        Assert.True((await chat.SayAsync("继续")).Has("第 2/6 个方面"), chat.Transcript);
        Assert.True((await chat.SayAsync("预览")).Has("枫桥经验"), chat.Transcript);
    }

    [Fact]
    public async Task Cancel_during_set_up_returns_to_the_menu_and_creates_nothing()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = Conversation.Personal(host);
        await chat.SayAsync("新建材料");
        await chat.ClickAsync("班子材料");

        var cancelled = await chat.SayAsync("取消");

        Assert.True(cancelled.Has("已取消当前操作"), chat.Transcript);
        Assert.Contains(cancelled.Buttons, b => b.Title == "新建材料");
        Assert.True((await chat.SayAsync("我的材料")).Has("还没有材料"), chat.Transcript);
    }

    [Fact]
    public async Task Skip_at_the_preamble_figures_leaves_a_placeholder()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = Conversation.Personal(host);
        await DraftScript.SetUpAsync(chat, "班子材料", Framework2023, DraftScript.TeamUnit);

        await chat.SayAsync("跳过");
        var draft = await chat.SayAsync("跳过");

        Assert.True(draft.Has("导语初稿"), chat.Transcript);
        Assert.True(draft.Has("【待补"), chat.Transcript);
    }

    [Fact]
    public async Task The_edit_button_on_a_phrased_problem_takes_the_users_own_wording()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await StartAt2023FirstAspectAsync(host);
        await chat.SayAsync(DraftScript.Problems[0].Text);

        var ask = await chat.ClickAsync("修改");
        Assert.True(ask.Has("请发送修改后的整段文字"), chat.Transcript);
        var saved = await chat.SayAsync("学习抓得不够紧。全年集中学习4次。如，2024年3月15日研讨枫桥经验时只读了文件");

        Assert.True(saved.Has("已保存为第一条（编号 1.1.1）"), chat.Transcript);
        Assert.True((await chat.SayAsync("预览")).Has("学习抓得不够紧"), chat.Transcript);
    }

    [Fact]
    public async Task The_edit_button_on_the_preamble_takes_a_rewritten_preamble()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = Conversation.Personal(host);
        await DraftScript.SetUpAsync(chat, "班子材料", Framework2023, DraftScript.TeamUnit);
        await chat.SayAsync("45");
        await chat.SayAsync("30");

        Assert.True((await chat.ClickAsync("修改")).Has("请发送修改后的完整导语"), chat.Transcript);
        var saved = await chat.SayAsync("按照市委统一部署，领导班子会前征求意见45条，谈心谈话30人次。现将对照检查情况报告如下：");

        Assert.True(saved.Has("导语已保存"), chat.Transcript);
        Assert.True((await chat.SayAsync("预览")).Has("按照市委统一部署"), chat.Transcript);
    }

    [Fact]
    public async Task Back_at_the_causes_returns_to_the_last_aspect_and_skip_moves_on_to_measures()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await StartAt2023FirstAspectAsync(host);
        await DraftScript.AllAspectsAsync(chat, 6);
        Assert.True(chat.Last.Has("二、原因分析"), chat.Transcript);

        var back = await chat.SayAsync("上一步");
        Assert.True(back.Has("廉洁自律已有 1 条"), chat.Transcript);
        Assert.True((await chat.SayAsync("下一个方面")).Has("二、原因分析"), chat.Transcript);
        var skipped = await chat.SayAsync("跳过");

        Assert.True(skipped.Has("三、整改措施"), chat.Transcript);
        Assert.True((await chat.SayAsync("上一步")).Has("二、原因分析"), chat.Transcript);
    }

    [Fact]
    public async Task Edit_and_delete_work_on_causes_and_measures_after_the_preview()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await StartAt2023FirstAspectAsync(host);
        await DraftScript.AllAspectsAsync(chat, 6);
        await DraftScript.CausesAsync(chat);
        await DraftScript.MeasuresAsync(chat);

        await chat.SayAsync("修改 2.1");
        Assert.True((await chat.SayAsync("对理论武装的重要性认识不足。把学习当作软任务。")).Has("已保存对 2.1 的修改"), chat.Transcript);
        await chat.SayAsync("修改 3.1");
        Assert.True((await chat.SayAsync("建立学习台账。每季度通报一次枫桥经验学习情况。")).Has("已保存对 3.1 的修改"), chat.Transcript);
        await chat.SayAsync("删除 3.2");
        Assert.True((await chat.SayAsync("是")).Has("已删除 3.2"), chat.Transcript);

        var preview = await chat.SayAsync("预览");
        Assert.True(preview.Has("对理论武装的重要性认识不足"), chat.Transcript);
        Assert.True(preview.Has("建立学习台账"), chat.Transcript);
        var outline = await chat.SayAsync("提纲");
        Assert.True(outline.Has("3.1 建立学习台账（党组书记；"), chat.Transcript);
    }
}
