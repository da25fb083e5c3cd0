using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Dialogs.Tests.Support;

namespace ReviewBot.Dialogs.Tests;

public sealed class WaterfallDialogTests
{
    private static ComponentDialog ProfileDialog(string? extraStepName = null)
    {
        var waterfall = new WaterfallDialog<StepLog>("profile")
            .AddStep(AskNameAsync)
            .AddStep(AskAgeAsync)
            .AddStep(FinishAsync);
        if (extraStepName is not null)
        {
            waterfall.AddStep((s, ct) => s.EndDialogAsync(ct), extraStepName);
        }
        return new ComponentDialog("root")
            .AddDialog(waterfall)
            .AddDialog(new TextPrompt("text"))
            .AddDialog(new NumberPrompt("number"));
    }

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext<StepLog> step, CancellationToken ct)
    {
        step.State.Steps.Add($"{step.Index}:{step.Name}");
        return step.PromptAsync("text", PromptOptions.Create("您怎么称呼？"), ct);
    }

    private static Task<DialogTurnResult> AskAgeAsync(WaterfallStepContext<StepLog> step, CancellationToken ct)
    {
        step.State.Steps.Add($"{step.Index}:{step.Name}");
        step.State.Name = step.GetResult<string>();
        return step.PromptAsync("number", PromptOptions.Create("您的年龄？"), ct);
    }

    private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext<StepLog> step, CancellationToken ct)
    {
        step.State.Steps.Add($"{step.Index}:{step.Name}");
        step.State.Age = (int)step.GetResult<decimal>();
        await step.Context.SendActivityAsync($"{step.State.Name}，{step.State.Age}岁", ct);
        return await step.EndDialogAsync(step.State, ct);
    }

    [Fact]
    public async Task Steps_run_in_order_and_typed_step_state_survives_serialization_between_turns()
    {
        var client = new DialogTestClient(ProfileDialog());

        Assert.Equal("您怎么称呼？", (await client.SendAsync("开始")).Text);
        Assert.Equal("您的年龄？", (await client.SendAsync("张三")).Text);
        Assert.Contains("\"name\":\"张三\"", client.ConversationJson, StringComparison.Ordinal);

        var last = await client.SendAsync("三十二");

        Assert.Equal("张三，32岁", last.Text);
        Assert.Equal(DialogTurnStatus.Complete, last.Result.Status);
        var log = last.Result.GetResult<StepLog>()!;
        Assert.Equal(["0:AskNameAsync", "1:AskAgeAsync", "2:FinishAsync"], log.Steps);
        Assert.Equal(32, log.Age);
        Assert.Empty(client.StoredDialogState["dialogStack"]!.AsArray());
    }

    [Fact]
    public async Task Stored_stack_is_plain_json_with_ids_versions_and_state()
    {
        var client = new DialogTestClient(ProfileDialog());
        await client.SendAsync("开始");

        var stack = client.StoredDialogState["dialogStack"]!.AsArray();
        var root = stack.Single()!.AsObject();
        Assert.Equal("root", (string?)root["id"]);
        Assert.False(string.IsNullOrEmpty((string?)root["version"]));
        var inner = root["state"]!["dialogs"]!["dialogStack"]!.AsArray();
        Assert.Equal(["text", "profile"], inner.Select(i => (string?)i!["id"]));
        Assert.Equal(0, (int?)inner[1]!["state"]!["stepIndex"]);
        Assert.DoesNotContain("$type", client.ConversationJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextAsync_skips_to_the_next_step_with_a_result_and_only_once_per_step()
    {
        InvalidOperationException? second = null;
        var waterfall = new WaterfallDialog<StepLog>("w")
            .AddStep(async (s, ct) =>
            {
                var result = await s.NextAsync("跳过", ct);
                second = await Assert.ThrowsAsync<InvalidOperationException>(() => s.NextAsync(ct));
                return result;
            })
            .AddStep(async (s, ct) =>
            {
                await s.Context.SendActivityAsync($"{s.Reason}:{s.GetResult<string>()}", ct);
                return Dialog.EndOfTurn;
            });
        var client = new DialogTestClient(waterfall);

        var turn = await client.SendAsync("hi");

        Assert.Equal("NextCalled:跳过", turn.Text);
        Assert.NotNull(second);
    }

    [Fact]
    public async Task A_waiting_step_receives_the_next_message_text_and_the_end_returns_the_last_result()
    {
        var waterfall = new WaterfallDialog<StepLog>("w")
            .AddStep((s, ct) => Task.FromResult(Dialog.EndOfTurn))
            .AddStep((s, ct) => Task.FromResult(Dialog.EndOfTurn));
        var client = new DialogTestClient(waterfall);
        await client.SendAsync("start");
        await client.SendAsync("one");

        var turn = await client.SendAsync("two");

        Assert.Equal(DialogTurnStatus.Complete, turn.Result.Status);
        Assert.Equal("two", turn.Result.GetResult<string>());
    }

    [Fact]
    public async Task Begin_options_reach_every_step()
    {
        var waterfall = new WaterfallDialog<StepLog>("w")
            .AddStep((s, ct) => Task.FromResult(Dialog.EndOfTurn))
            .AddStep(async (s, ct) =>
            {
                await s.Context.SendActivityAsync(s.GetOptions<StepLog>()!.Name!, ct);
                return await s.EndDialogAsync(ct);
            });
        var outer = new WaterfallDialog<StepLog>("outer")
            .AddStep((s, ct) => s.BeginDialogAsync("w", new StepLog { Name = "选项" }, ct));
        var root = new ComponentDialog("root").AddDialog(outer).AddDialog(waterfall);
        var client = new DialogTestClient(root);
        await client.SendAsync("start");

        var turn = await client.SendAsync("next");

        Assert.Equal("选项", turn.Text);
    }

    [Fact]
    public void Version_stamp_changes_with_the_steps_and_the_explicit_version_only()
    {
        Assert.Equal(ProfileDialog().Dialogs.Find("profile")!.GetVersion(), ProfileDialog().Dialogs.Find("profile")!.GetVersion());
        Assert.NotEqual(ProfileDialog().Dialogs.Find("profile")!.GetVersion(), ProfileDialog("added").Dialogs.Find("profile")!.GetVersion());
        var bumped = new WaterfallDialog<StepLog>("profile") { Version = "2" }.AddStep(AskNameAsync);
        var plain = new WaterfallDialog<StepLog>("profile").AddStep(AskNameAsync);
        Assert.NotEqual(plain.GetVersion(), bumped.GetVersion());
    }
}
