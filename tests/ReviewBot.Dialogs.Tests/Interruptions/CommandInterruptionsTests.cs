using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Interruptions;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Dialogs.Tests.Support;

namespace ReviewBot.Dialogs.Tests.Interruptions;

public sealed class CommandInterruptionsTests
{
    private const string Fallback = "可以随时发送“取消”回到主菜单。";
    private const string Cancelled = "已回到主菜单，已填写的内容都保留着。";
    private const string UnitHelp = "请填写单位全称，例如某市司法局党组。";
    private const string ProblemHelp = "请用自己的话写一个具体问题。";

    private static ComponentDialog App()
    {
        var menu = new WaterfallDialog<StepLog>("menu")
            .AddStep((s, ct) => s.PromptAsync("choice", PromptOptions.Create("主菜单：", choices: [new Choice("新建材料"), new Choice("继续")]), ct))
            .AddStep((s, ct) => s.BeginDialogAsync("interview", ct))
            .AddStep((s, ct) => s.ReplaceDialogAsync("menu", ct));
        var interview = new WaterfallDialog<StepLog>("interview")
            .AddStep((s, ct) =>
            {
                var options = PromptOptions.Create("单位名称？");
                options.Help = UnitHelp;
                return s.PromptAsync("text", options, ct);
            })
            .AddStep(
                (s, ct) =>
                {
                    s.Context.State.User.GetOrAdd("answers", () => new List<string>()).Add(s.GetResult<string>()!);
                    return s.PromptAsync("text", PromptOptions.Create("问题一？"), ct);
                },
                help: ProblemHelp)
            .AddStep((s, ct) =>
            {
                s.Context.State.User.GetOrAdd("answers", () => new List<string>()).Add(s.GetResult<string>()!);
                return s.EndDialogAsync(ct);
            });
        var app = new ComponentDialog("app")
            .AddDialog(menu).AddDialog(interview).AddDialog(new ChoicePrompt("choice")).AddDialog(new TextPrompt("text"));
        app.InterruptionHandler = new CommandInterruptions()
            .On(["帮助", "help", "?"], InterruptionActions.ShowHelp(Fallback))
            .On(["取消", "cancel"], InterruptionActions.CancelTo("menu", Cancelled));
        return app;
    }

    private static async Task<DialogTestClient> InInterviewAsync()
    {
        var client = new DialogTestClient(App(), conversationType: "groupChat");
        await client.SendAsync("你好");
        Assert.Equal("单位名称？", (await client.SendAsync("新建材料")).Text);
        return client;
    }

    [Fact]
    public async Task Help_sends_the_open_questions_help_then_asks_it_again_without_counting_an_attempt()
    {
        var client = await InInterviewAsync();

        var turn = await client.SendAsync("帮助");

        Assert.Equal([UnitHelp, "单位名称？"], turn.Texts);
        Assert.Equal(DialogTurnStatus.Waiting, turn.Result.Status);
        var prompt = client.StoredDialogState["dialogStack"]![0]!["state"]!["dialogs"]!["dialogStack"]![0]!;
        Assert.Equal(0, (int?)prompt["state"]!["attemptCount"]);
        Assert.Equal("问题一？", (await client.SendAsync("某市司法局党组")).Text);
    }

    [Fact]
    public async Task Help_falls_back_to_the_waterfall_steps_help_then_to_the_apps_text()
    {
        var client = await InInterviewAsync();
        await client.SendAsync("某市司法局党组");

        Assert.Equal([ProblemHelp, "问题一？"], (await client.SendAsync("help")).Texts);

        var atMenu = new DialogTestClient(App(), "console");
        await atMenu.SendAsync("你好");
        Assert.Equal(Fallback, (await atMenu.SendAsync("？")).Texts[0]);
    }

    [Fact]
    public async Task Cancel_goes_back_to_the_menu_and_keeps_what_was_already_saved()
    {
        var client = await InInterviewAsync();
        await client.SendAsync("某市司法局党组");

        var turn = await client.SendAsync("取消");

        Assert.Equal(Cancelled, turn.Texts[0]);
        Assert.Null(turn.Replies[1].Text);
        Assert.Equal("主菜单：", turn.Replies[1].Attachments![0].Content!.Value.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(["某市司法局党组"], client.GetUserState<List<string>>("answers"));
        var inner = client.StoredDialogState["dialogStack"]![0]!["state"]!["dialogs"]!["dialogStack"]!.AsArray();
        Assert.Equal(["choice", "menu"], inner.Select(i => (string?)i!["id"]));
    }

    [Fact]
    public async Task A_command_inside_a_longer_answer_is_an_answer_not_a_command()
    {
        var client = await InInterviewAsync();

        var turn = await client.SendAsync("帮助我写这一条");

        Assert.Equal("问题一？", turn.Text);
        Assert.Equal(["帮助我写这一条"], client.GetUserState<List<string>>("answers"));
    }

    [Fact]
    public async Task Commands_also_arrive_from_card_buttons_and_invokes()
    {
        var client = await InInterviewAsync();

        var submitted = await client.SubmitAsync(new { text = "取消" });
        Assert.Equal(Cancelled, submitted.Texts[0]);

        await client.SendAsync("新建材料");
        var invoked = await client.ExecuteAsync("command", new { answer = "帮助" });
        Assert.Equal(UnitHelp, invoked.Texts[0]);
        Assert.Equal(200, invoked.InvokeResponse!.Status);
    }

    [Fact]
    public void A_word_can_only_be_registered_once()
    {
        var commands = new CommandInterruptions().On(["取消"], InterruptionActions.CancelTo("menu"));

        Assert.Throws<ArgumentException>(() => commands.On(["取消"], InterruptionActions.ShowHelp(Fallback)));
    }
}
