using System.Text.Json;
using ReviewBot.Builder.State;
using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Dialogs.Tests.Support;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Tests.Prompts;

/// <summary>Behaviour shared by all prompts: asking, retrying, giving up, validators, card submits and invokes.</summary>
public sealed class PromptTests
{
    private static readonly PromptOptions NameOptions = PromptOptions.Create("请填写单位名称。", "单位名称不能为空，请再填一次。");

    [Fact]
    public async Task First_turn_sends_the_question_expecting_input()
    {
        var client = new DialogTestClient(PromptHarness.Around(new TextPrompt("text"), NameOptions));

        var turn = await client.SendAsync("开始");

        var reply = Assert.Single(turn.Replies);
        Assert.Equal("请填写单位名称。", reply.Text);
        Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
        Assert.Equal(DialogTurnStatus.Waiting, turn.Result.Status);
    }

    [Fact]
    public async Task Unusable_answer_gets_the_retry_prompt_and_the_prompt_keeps_waiting()
    {
        var client = await PromptHarness.AskedAsync(new TextPrompt("text"), NameOptions);

        var turn = await client.SendAsync("   ");

        Assert.Equal("单位名称不能为空，请再填一次。", turn.Text);
        Assert.Equal("结果：\"某市司法局党组\"", (await client.SendAsync("某市司法局党组")).Text);
    }

    [Fact]
    public async Task Without_a_retry_prompt_the_question_is_asked_again()
    {
        var client = await PromptHarness.AskedAsync(new NumberPrompt("number"), PromptOptions.Create("有几条问题？"));

        Assert.Equal("有几条问题？", (await client.SendAsync("很多")).Text);
    }

    [Fact]
    public async Task After_max_attempts_the_prompt_gives_up_and_the_caller_sees_PromptExhausted()
    {
        var options = PromptOptions.Create("有几条问题？", "请填一个数字。");
        options.MaxAttempts = 2;
        var client = await PromptHarness.AskedAsync(new NumberPrompt("number"), options);

        Assert.Equal("请填一个数字。", (await client.SendAsync("很多")).Text);
        var turn = await client.SendAsync("不知道");

        Assert.Equal("放弃", turn.Text);
        Assert.Equal(DialogTurnStatus.Complete, turn.Result.Status);
    }

    [Fact]
    public async Task A_prompt_that_gives_up_with_nothing_below_it_reports_Cancelled()
    {
        var set = new DialogSet().Add(new NumberPrompt("number"));
        var dc = await set.CreateContextAsync(NewTurn("很多"));
        var options = PromptOptions.Create("几条？");
        options.MaxAttempts = 1;
        await dc.PromptAsync("number", options);

        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Null(result.Result);
    }

    [Fact]
    public async Task A_validator_that_sends_its_own_message_suppresses_the_retry_prompt()
    {
        var prompt = new NumberPrompt("number", async (pc, ct) =>
        {
            if (pc.Recognized.Value > 10)
            {
                await pc.Context.SendActivityAsync("最多填10条。", ct);
                return false;
            }
            return pc.Recognized.Succeeded;
        });
        var client = await PromptHarness.AskedAsync(prompt, PromptOptions.Create("有几条问题？", "请填一个数字。"));

        Assert.Equal("最多填10条。", (await client.SendAsync("20")).Text);
        Assert.Equal("请填一个数字。", (await client.SendAsync("很多")).Text);
        Assert.Equal("结果：3", (await client.SendAsync("三")).Text);
    }

    [Fact]
    public async Task Validator_sees_the_attempt_count_and_the_validations_and_may_change_the_value()
    {
        var attempts = new List<int>();
        var prompt = new TextPrompt("text", (pc, ct) =>
        {
            attempts.Add(pc.AttemptCount);
            var maxLength = pc.GetValidations<JsonElement>().GetProperty("maxLength").GetInt32();
            if (!pc.Recognized.Succeeded || pc.Recognized.Value!.Length > maxLength)
            {
                return Task.FromResult(false);
            }
            pc.Recognized.Value = pc.Recognized.Value.ToUpperInvariant();
            return Task.FromResult(true);
        });
        var options = PromptOptions.Create("简称？");
        options.Validations = JsonSerializer.SerializeToElement(new { maxLength = 3 });
        var client = await PromptHarness.AskedAsync(prompt, options);

        await client.SendAsync("太长的简称");
        var turn = await client.SendAsync("abc");

        Assert.Equal([1, 2], attempts);
        Assert.Equal("结果：\"ABC\"", turn.Text);
    }

    [Fact]
    public async Task A_card_submit_answers_a_text_prompt_through_value_answer()
    {
        var client = await PromptHarness.AskedAsync(new TextPrompt("text"), NameOptions);

        var turn = await client.SubmitAsync(new { answer = "某县教育局党委" });

        Assert.Equal("结果：\"某县教育局党委\"", turn.Text);
    }

    [Fact]
    public async Task A_card_submit_answers_a_choice_prompt_through_value_choice()
    {
        var options = PromptOptions.Create("材料类型？", choices: [new Choice("banzi") { Title = "班子" }, new Choice("geren") { Title = "个人" }]);
        var client = await PromptHarness.AskedAsync(new ChoicePrompt("choice"), options, conversationType: "groupChat");

        var turn = await client.SubmitAsync(new { choice = "geren", msteams = new { type = "imBack", value = "个人" } });

        Assert.Equal("结果：{\"value\":\"geren\",\"index\":1,\"title\":\"个人\"}", turn.Text);
    }

    [Fact]
    public async Task A_card_submit_without_an_answer_field_gets_the_retry_prompt()
    {
        var client = await PromptHarness.AskedAsync(new TextPrompt("text"), NameOptions);

        var turn = await client.SubmitAsync(new { somethingElse = "x" });

        Assert.Equal("单位名称不能为空，请再填一次。", turn.Text);
    }

    [Fact]
    public async Task An_adaptive_card_action_invoke_answers_the_prompt_and_gets_a_200()
    {
        var client = await PromptHarness.AskedAsync(new TextPrompt("text"), NameOptions);

        var turn = await client.ExecuteAsync("answer", new { answer = "某区财政局党组" });

        Assert.Equal("结果：\"某区财政局党组\"", turn.Text);
        Assert.Equal(200, turn.InvokeResponse!.Status);
        Assert.Equal(200, turn.InvokeResponse.Body!.Value.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", turn.InvokeResponse.Body.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_suggested_action_submit_invoke_answers_a_choice_prompt()
    {
        var options = PromptOptions.Create("继续吗？", choices: [new Choice("继续"), new Choice("暂停")]);
        var client = await PromptHarness.AskedAsync(new ChoicePrompt("choice"), options);

        var turn = await client.InvokeAsync("suggestedAction/submit", new { choice = "暂停" });

        Assert.Equal(200, turn.InvokeResponse!.Status);
        Assert.StartsWith("结果：{\"value\":\"暂停\"", turn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unrelated_invoke_is_left_alone_and_the_prompt_keeps_waiting()
    {
        var client = await PromptHarness.AskedAsync(new TextPrompt("text"), NameOptions);

        var turn = await client.InvokeAsync("fileConsent/invoke", new { action = "accept" });

        Assert.Empty(turn.Replies);
        Assert.Null(turn.InvokeResponse);
        Assert.Equal(DialogTurnStatus.Waiting, turn.Result.Status);
        Assert.Equal("结果：\"某局\"", (await client.SendAsync("某局")).Text);
    }

    [Fact]
    public async Task An_unusable_invoke_answer_is_still_acknowledged_and_retried()
    {
        var client = await PromptHarness.AskedAsync(new NumberPrompt("number"), PromptOptions.Create("几条？"));

        var turn = await client.ExecuteAsync("answer", new { answer = "很多" });

        Assert.Equal(200, turn.InvokeResponse!.Status);
        Assert.Equal("几条？", turn.Text);
    }

    [Fact]
    public async Task Attempt_count_is_kept_in_the_stored_prompt_state()
    {
        var client = await PromptHarness.AskedAsync(new NumberPrompt("number"), PromptOptions.Create("几条？"));
        await client.SendAsync("很多");

        var prompt = client.StoredDialogState["dialogStack"]![0]!["state"]!["dialogs"]!["dialogStack"]![0]!;

        Assert.Equal("number", (string?)prompt["id"]);
        Assert.Equal(1, (int?)prompt["state"]!["attemptCount"]);
    }

    private static TurnContext NewTurn(string text) => new(
        new Activity { Type = ActivityTypes.Message, Text = text, ChannelId = "test", Conversation = new ConversationAccount { Id = "c" } },
        new TurnState(new StateBag("c"), new StateBag("u")));
}
