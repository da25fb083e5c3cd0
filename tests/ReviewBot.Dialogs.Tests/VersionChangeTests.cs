using ReviewBot.Builder.Turns;
using System.Text.Json.Nodes;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Dialogs.Tests.Support;

namespace ReviewBot.Dialogs.Tests;

/// <summary>Conversations stored by an older deploy meet changed or removed definitions.</summary>
public sealed class VersionChangeTests
{
    private const string Restart = DialogSet.DefaultRestartMessage;

    /// <summary>main: asks 单位, then runs "measures" (two questions), then says 完成 with everything collected.</summary>
    private static ComponentDialog Deploy(bool measuresChanged = false, bool withMeasures = true, string? mainVersion = null)
    {
        var main = new WaterfallDialog<StepLog>("main") { Version = mainVersion }
            .AddStep((s, ct) => s.PromptAsync("text", PromptOptions.Create("单位名称？"), ct), "unit")
            .AddStep((s, ct) =>
            {
                s.State.Name = s.GetResult<string>();
                return s.BeginDialogAsync("measures", new StepLog { Name = "来自main的选项" }, ct);
            }, "measures")
            .AddStep(async (s, ct) =>
            {
                await s.Context.SendActivityAsync($"完成：{s.State.Name}/{s.GetResult<string>()}", ct);
                return await s.EndDialogAsync(ct);
            }, "done");
        var measures = new WaterfallDialog<StepLog>("measures")
            .AddStep(async (s, ct) =>
            {
                s.State.Name = s.GetOptions<StepLog>()?.Name;
                return await s.PromptAsync("text", PromptOptions.Create($"措施一？（{s.State.Name}）"), ct);
            }, "first")
            .AddStep((s, ct) => s.PromptAsync("text", PromptOptions.Create("措施二？"), ct), "second")
            .AddStep((s, ct) => s.EndDialogAsync(s.GetResult<string>(), ct), "end");
        if (measuresChanged)
        {
            measures.AddStep((s, ct) => s.EndDialogAsync(ct), "added-later");
        }
        var root = new ComponentDialog("root").AddDialog(main).AddDialog(new TextPrompt("text"));
        if (withMeasures)
        {
            root.AddDialog(measures);
        }
        return root;
    }

    private static async Task<DialogTestClient> InMeasuresAsync()
    {
        var client = new DialogTestClient(Deploy());
        await client.SendAsync("开始");
        await client.SendAsync("某局");
        Assert.Equal("措施二？", (await client.SendAsync("措施甲")).Text);
        return client;
    }

    [Fact]
    public async Task Changed_dialog_restarts_with_its_original_options_and_a_message()
    {
        var client = await InMeasuresAsync();
        client.Root = Deploy(measuresChanged: true);

        var turn = await client.SendAsync("措施乙");

        Assert.Equal([Restart, "措施一？（来自main的选项）"], turn.Texts);
        Assert.Equal(DialogTurnStatus.Waiting, turn.Result.Status);
    }

    [Fact]
    public async Task Only_the_changed_dialog_restarts_its_parent_keeps_its_place_and_state()
    {
        var client = await InMeasuresAsync();
        client.Root = Deploy(measuresChanged: true);
        await client.SendAsync("措施乙");
        await client.SendAsync("措施丙");

        var turn = await client.SendAsync("措施丁");

        Assert.Equal("完成：某局/措施丁", turn.Text);
    }

    [Fact]
    public async Task Restarted_instance_carries_the_new_version_and_runs_normally_afterwards()
    {
        var client = await InMeasuresAsync();
        client.Root = Deploy(measuresChanged: true);
        await client.SendAsync("措施乙");

        var turn = await client.SendAsync("措施丙");

        Assert.Equal("措施二？", turn.Text);
    }

    [Fact]
    public async Task Changed_parent_restarts_when_its_child_ends_and_resumes_it()
    {
        var client = await InMeasuresAsync();
        client.Root = Deploy(mainVersion: "2");

        var turn = await client.SendAsync("措施乙");

        Assert.Equal([Restart, "单位名称？"], turn.Texts);
    }

    [Fact]
    public async Task Removed_dialog_is_cleared_and_the_dialog_below_it_restarts()
    {
        var client = await InMeasuresAsync();
        client.Root = Deploy(withMeasures: false);

        var turn = await client.SendAsync("措施乙");

        Assert.Equal([Restart, "单位名称？"], turn.Texts);
        Assert.DoesNotContain("measures", client.ConversationJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removed_root_dialog_clears_the_stack_and_the_new_root_begins()
    {
        var client = await InMeasuresAsync();
        client.Root = new WaterfallDialog<StepLog>("new-root").AddStep(async (s, ct) =>
        {
            await s.Context.SendActivityAsync("主菜单", ct);
            return Dialog.EndOfTurn;
        });

        var turn = await client.SendAsync("措施乙");

        Assert.Equal([Restart, "主菜单"], turn.Texts);
        Assert.Equal("new-root", (string?)client.StoredDialogState["dialogStack"]![0]!["id"]);
    }

    [Fact]
    public async Task Unreadable_step_state_restarts_that_dialog_instead_of_throwing()
    {
        var client = await InMeasuresAsync();
        client.EditStoredState(root =>
        {
            var measures = root["dialogState"]!["dialogStack"]![0]!["state"]!["dialogs"]!["dialogStack"]![1]!;
            Assert.Equal("measures", (string?)measures["id"]);
            measures["state"]!["state"]!["age"] = "不是数字";
        });

        var turn = await client.SendAsync("措施乙");

        Assert.Equal([Restart, "措施一？（来自main的选项）"], turn.Texts);
    }

    [Fact]
    public async Task Unreadable_prompt_options_restart_the_dialog_that_asked()
    {
        var client = await InMeasuresAsync();
        client.EditStoredState(root =>
        {
            var prompt = root["dialogState"]!["dialogStack"]![0]!["state"]!["dialogs"]!["dialogStack"]![0]!;
            prompt["options"] = new JsonObject { ["choices"] = "不是列表" };
        });

        var turn = await client.SendAsync("措施乙");

        Assert.Equal([Restart, "措施一？（来自main的选项）"], turn.Texts);
    }

    [Fact]
    public async Task Unreadable_dialog_state_property_is_dropped_and_the_root_begins()
    {
        var client = await InMeasuresAsync();
        client.EditStoredState(root => root["dialogState"] = 42);

        var turn = await client.SendAsync("你好");

        Assert.Equal([Restart, "单位名称？"], turn.Texts);
    }

    [Fact]
    public async Task The_restart_message_is_sent_once_per_turn()
    {
        var client = await InMeasuresAsync();
        client.Root = Deploy(measuresChanged: true, mainVersion: "2");

        var turn = await client.SendAsync("措施乙");

        Assert.Single(turn.Texts, t => t == Restart);
    }

    [Fact]
    public async Task Restart_message_can_be_replaced_by_the_app()
    {
        var client = await InMeasuresAsync();
        var dialogs = new DialogSet { RestartMessage = "流程有更新。" }.Add(Deploy(measuresChanged: true));
        var context = await CreateTurnAsync(client, dialogs);

        await context.ContinueDialogAsync();

        Assert.Equal("流程有更新。", context.Context.Replies[0].Text);
    }

    private static async Task<DialogContext> CreateTurnAsync(DialogTestClient client, DialogSet dialogs)
    {
        var activity = new Protocol.Schema.Activity { Type = "message", Text = "措施乙", ChannelId = "msteams", Conversation = new() { Id = "conv-1" } };
        var state = new Builder.State.TurnState(
            new Builder.State.StateBag("c", client.ConversationJson, null), new Builder.State.StateBag("u"));
        return await dialogs.CreateContextAsync(new Builder.Turns.TurnContext(activity, state));
    }
}
