using System.Text.Json;
using ReviewBot.Builder.State;
using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Dialogs.Tests.Support;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Tests;

public sealed class DialogContextTests
{
    private static async Task<DialogContext> NewContextAsync(params Dialog[] dialogs)
    {
        var set = new DialogSet();
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }
        var activity = new Activity { Type = ActivityTypes.Message, Text = "hi", ChannelId = "test", Conversation = new ConversationAccount { Id = "c" } };
        var turn = new TurnContext(activity, new TurnState(new StateBag("c"), new StateBag("u")));
        return await set.CreateContextAsync(turn);
    }

    [Fact]
    public async Task Continue_on_an_empty_stack_is_Empty()
    {
        var dc = await NewContextAsync(new RecordingDialog("a"));

        Assert.Equal(DialogTurnStatus.Empty, (await dc.ContinueDialogAsync()).Status);
        Assert.Null(dc.ActiveDialog);
    }

    [Fact]
    public async Task Begin_pushes_an_instance_stamped_with_the_dialog_version_and_its_options()
    {
        var dialog = new RecordingDialog("a");
        var dc = await NewContextAsync(dialog);

        var result = await dc.BeginDialogAsync("a", new { step = 1 });

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal("a", dc.ActiveDialog!.Id);
        Assert.Equal(dialog.GetVersion(), dc.ActiveDialog.Version);
        Assert.Equal(["begin:{\"step\":1}"], dialog.Events);
    }

    [Fact]
    public async Task Options_given_as_an_object_are_stored_as_the_serializer_writes_them()
    {
        var conversation = new StateBag("c");
        var set = new DialogSet().Add(new RecordingDialog("a"));
        var activity = new Activity { Type = ActivityTypes.Message, Text = "hi", ChannelId = "test", Conversation = new ConversationAccount { Id = "c" } };
        var dc = await set.CreateContextAsync(new TurnContext(activity, new TurnState(conversation, new StateBag("u"))));

        await dc.BeginDialogAsync("a", new PromptOptions { Help = "某市\"司法局\"", Choices = [new Choice("采用")] });

        Assert.Equal("某市\"司法局\"", dc.ActiveDialog!.Options!.Value.GetProperty("help").GetString());
        var stored = JsonDocument.Parse(conversation.Serialize()!).RootElement.GetProperty("dialogState").GetProperty("dialogStack")[0];
        Assert.Equal(JsonSerializer.Serialize(new PromptOptions { Help = "某市\"司法局\"", Choices = [new Choice("采用")] }, DialogJson.Options),
            stored.GetProperty("options").GetRawText());
    }

    [Fact]
    public async Task Null_options_given_as_an_object_begin_the_dialog_without_options()
    {
        var dialog = new RecordingDialog("a");
        var dc = await NewContextAsync(dialog);

        await dc.BeginDialogAsync("a", (PromptOptions?)null);

        Assert.Equal(["begin:null"], dialog.Events);
    }

    [Fact]
    public async Task Begin_with_only_a_cancellation_token_passes_no_options()
    {
        var dialog = new RecordingDialog("a");
        var dc = await NewContextAsync(dialog);
        using var cts = new CancellationTokenSource();

        await dc.BeginDialogAsync("a", cts.Token);

        Assert.Equal(["begin:null"], dialog.Events);
        Assert.Throws<ArgumentException>(() => DialogJson.ToElement(cts.Token));
    }

    [Fact]
    public async Task Begin_of_an_unknown_dialog_is_a_programming_error()
    {
        var dc = await NewContextAsync(new RecordingDialog("a"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("missing"));
    }

    [Fact]
    public async Task End_pops_the_active_dialog_and_resumes_the_parent_with_the_result()
    {
        var parent = new RecordingDialog("parent");
        var child = new RecordingDialog("child");
        var dc = await NewContextAsync(parent, child);
        await dc.BeginDialogAsync("parent");
        await dc.BeginDialogAsync("child");

        await dc.ContinueDialogAsync();

        Assert.Equal(["begin:null", "continue:hi", "end:EndCalled"], child.Events);
        Assert.Equal("resume:EndCalled:\"done:hi\"", parent.Events[^1]);
        Assert.Equal("parent", Assert.Single(dc.Stack).Id);
    }

    [Fact]
    public async Task End_of_the_last_dialog_completes_with_its_result()
    {
        var dc = await NewContextAsync(new RecordingDialog("a"));
        await dc.BeginDialogAsync("a");

        var result = await dc.EndDialogAsync(42);

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal(42, result.GetResult<int>());
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task Replace_ends_the_active_dialog_without_resuming_its_parent()
    {
        var parent = new RecordingDialog("parent");
        var first = new RecordingDialog("first");
        var second = new RecordingDialog("second");
        var dc = await NewContextAsync(parent, first, second);
        await dc.BeginDialogAsync("parent");
        await dc.BeginDialogAsync("first");

        await dc.ReplaceDialogAsync("second", "again");

        Assert.Equal(["begin:null", "end:ReplaceCalled"], first.Events);
        Assert.Equal(["begin:\"again\""], second.Events);
        Assert.Equal(["begin:null"], parent.Events);
        Assert.Equal(["second", "parent"], dc.Stack.Select(i => i.Id));
    }

    [Fact]
    public async Task CancelAll_ends_every_dialog_with_CancelCalled()
    {
        var a = new RecordingDialog("a");
        var b = new RecordingDialog("b");
        var dc = await NewContextAsync(a, b);
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(dc.Stack);
        Assert.Equal("end:CancelCalled", a.Events[^1]);
        Assert.Equal("end:CancelCalled", b.Events[^1]);
        Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
    }

    [Fact]
    public async Task Reprompt_asks_the_active_dialog_again()
    {
        var a = new RecordingDialog("a");
        var dc = await NewContextAsync(a);
        await dc.BeginDialogAsync("a");

        await dc.RepromptDialogAsync();

        Assert.Equal("reprompt", a.Events[^1]);
    }

    [Fact]
    public async Task A_prompt_resumed_after_a_dialog_above_it_ends_asks_again_and_keeps_waiting()
    {
        var above = new RecordingDialog("above");
        var dc = await NewContextAsync(new TextPrompt("text"), above);
        await dc.PromptAsync("text", PromptOptions.Create("您的单位？"));
        await dc.BeginDialogAsync("above");

        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["您的单位？", "您的单位？"], dc.Context.Replies.Select(r => r.Text));
        Assert.Equal("text", Assert.Single(dc.Stack).Id);
    }

    [Fact]
    public void Adding_two_dialogs_with_one_id_is_refused()
    {
        var set = new DialogSet().Add(new RecordingDialog("a"));

        Assert.Throws<ArgumentException>(() => set.Add(new RecordingDialog("a")));
    }

    [Fact]
    public void Turn_result_reads_typed_results_from_json()
    {
        var result = new DialogTurnResult(DialogTurnStatus.Complete, JsonSerializer.SerializeToElement(new { name = "李四" }));

        Assert.Equal("李四", result.GetResult<StepLog>()!.Name);
        Assert.Null(new DialogTurnResult(DialogTurnStatus.Complete).GetResult<StepLog>());
    }
}
