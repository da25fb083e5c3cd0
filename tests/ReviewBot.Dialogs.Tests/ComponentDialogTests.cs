using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Dialogs.Tests.Support;

namespace ReviewBot.Dialogs.Tests;

public sealed class ComponentDialogTests
{
    /// <summary>root → outer waterfall → (component "inner" → waterfall asking two questions) → outer echoes the inner result.</summary>
    private static (ComponentDialog Root, RecordingDialog Probe) NestedDialogs()
    {
        var probe = new RecordingDialog("probe");
        var innerSteps = new WaterfallDialog<StepLog>("inner-steps")
            .AddStep((s, ct) => s.PromptAsync("text", PromptOptions.Create("问题一？"), ct))
            .AddStep((s, ct) =>
            {
                s.State.Name = s.GetResult<string>();
                return s.PromptAsync("text", PromptOptions.Create("问题二？"), ct);
            })
            .AddStep((s, ct) => s.EndDialogAsync($"{s.State.Name}+{s.GetResult<string>()}", ct));
        var inner = new ComponentDialog("inner").AddDialog(innerSteps).AddDialog(new TextPrompt("text"));
        var outer = new WaterfallDialog<StepLog>("outer")
            .AddStep((s, ct) => s.BeginDialogAsync("inner", ct))
            .AddStep(async (s, ct) =>
            {
                await s.Context.SendActivityAsync($"内层结果：{s.GetResult<string>()}", ct);
                return await s.BeginDialogAsync("probe", ct);
            });
        var root = new ComponentDialog("root").AddDialog(outer).AddDialog(inner).AddDialog(probe);
        return (root, probe);
    }

    [Fact]
    public void The_version_stamp_follows_changes_made_after_it_was_first_taken()
    {
        var component = new ComponentDialog("c").AddDialog(new TextPrompt("a")).AddDialog(new TextPrompt("b"));
        var first = component.GetVersion();

        Assert.Same(first, component.GetVersion());
        component.Version = "2";
        var bumped = component.GetVersion();
        component.InitialDialogId = "b";
        var otherStart = component.GetVersion();
        component.Version = null;
        component.InitialDialogId = "a";

        Assert.NotEqual(first, bumped);
        Assert.NotEqual(bumped, otherStart);
        Assert.Equal(first, component.GetVersion());
        Assert.Equal(new ComponentDialog("c").AddDialog(new TextPrompt("a")).GetVersion(), first);
    }

    [Fact]
    public async Task Nested_component_runs_its_own_stack_and_returns_its_result_to_the_parent_step()
    {
        var (root, _) = NestedDialogs();
        var client = new DialogTestClient(root);

        Assert.Equal("问题一？", (await client.SendAsync("开始")).Text);
        Assert.Equal("问题二？", (await client.SendAsync("甲")).Text);
        var turn = await client.SendAsync("乙");

        Assert.Equal("内层结果：甲+乙", turn.Text);
        var rootStack = client.StoredDialogState["dialogStack"]![0]!["state"]!["dialogs"]!["dialogStack"]!.AsArray();
        Assert.Equal(["probe", "outer"], rootStack.Select(i => (string?)i!["id"]));
    }

    [Fact]
    public async Task Inner_stack_lives_inside_the_component_instance()
    {
        var (root, _) = NestedDialogs();
        var client = new DialogTestClient(root);
        await client.SendAsync("开始");

        var innerComponent = client.StoredDialogState["dialogStack"]![0]!["state"]!["dialogs"]!["dialogStack"]![0]!;

        Assert.Equal("inner", (string?)innerComponent["id"]);
        Assert.Equal(["text", "inner-steps"], innerComponent["state"]!["dialogs"]!["dialogStack"]!.AsArray().Select(i => (string?)i!["id"]));
    }

    [Fact]
    public async Task Cancelling_a_component_cancels_its_inner_dialogs()
    {
        var probe = new RecordingDialog("probe");
        var component = new ComponentDialog("component").AddDialog(probe);
        var root = new WaterfallDialog<StepLog>("root")
            .AddStep((s, ct) => s.BeginDialogAsync("component", ct))
            .AddStep((s, ct) => s.EndDialogAsync(ct));
        var set = new ComponentDialog("app").AddDialog(root).AddDialog(component);
        set.InterruptionHandler = new ReviewBot.Dialogs.Interruptions.CommandInterruptions()
            .On(["取消"], async (dc, ct) => await dc.CancelAllDialogsAsync(ct));
        var client = new DialogTestClient(set);
        await client.SendAsync("开始");

        var turn = await client.SendAsync("取消");

        Assert.Equal("end:CancelCalled", probe.Events[^1]);
        Assert.Equal(DialogTurnStatus.Complete, turn.Result.Status);
        Assert.Empty(client.StoredDialogState["dialogStack"]!.AsArray());
    }

    [Fact]
    public void First_added_dialog_is_the_initial_one()
    {
        var component = new ComponentDialog("c").AddDialog(new TextPrompt("a")).AddDialog(new TextPrompt("b"));

        Assert.Equal("a", component.InitialDialogId);
    }
}
