using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Builder.State;
using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Dialogs.Tests.Support;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Tests;

/// <summary>
/// The root stack is read straight from the stored bytes (<see cref="DialogStateJson"/>): it must read every stack the
/// serializer reads (stacks stored by earlier releases included), refuse what it refuses, and write untouched
/// instances back byte for byte.
/// </summary>
public sealed class StoredStackTests
{
    [Theory]
    [InlineData("""{"dialogStack":[]}""")]
    [InlineData("""{"dialogStack":null}""")]
    [InlineData("""{"other":{"dialogStack":[]}}""")]
    [InlineData("""{"dialogStack":[null]}""")]
    [InlineData("""{"DialogStack":[{"ID":"a","VERSION":"v","Options":"草稿","STATE":{"x":[1,2.50,{"y":null}]}}]}""")]
    [InlineData("""{"dialog\u0053tack":[{"i\u0064":"a","state":null,"options":null,"future":{"z":1}}]}""")]
    [InlineData("""{"dialogStack":[{"id":"a","version":null,"options":[1,"二"]},{"id":"b","options":true,"state":7}]}""")]
    [InlineData("""{"dialogStack":[{"id":"a","id":"b"}],"dialogStack":[{"id":"c","state":{"s":"\u95EE"}}]}""")]
    [InlineData("""{ "dialogStack" : [ { "id" : "a" , "state" : { "n" : 1 } } ] }""")]
    public void The_stored_stack_reads_as_the_serializer_reads_it(string json)
    {
        var expected = JsonSerializer.Deserialize<DialogState>(json, StateBag.JsonOptions)!;

        var actual = DialogStateJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(Describe(expected), Describe(actual));
        // Written back the same (stored values are copied as they were, so only escapes and spacing may differ).
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse(JsonSerializer.Serialize(expected, StateBag.JsonOptions)),
            JsonNode.Parse(JsonSerializer.Serialize(actual, StateBag.JsonOptions))));
    }

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""5""")]
    [InlineData("""{"dialogStack":5}""")]
    [InlineData("""{"dialogStack":{"id":"a"}}""")]
    [InlineData("""{"dialogStack":[5]}""")]
    [InlineData("""{"dialogStack":[{"version":"v"}]}""")]
    [InlineData("""{"dialogStack":[{"id":5}]}""")]
    [InlineData("""{"dialogStack":[{"id":"a","version":{}}]}""")]
    public void A_stored_stack_the_serializer_refuses_is_refused_with_a_JSON_error(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<DialogState>(json, StateBag.JsonOptions));

        Assert.ThrowsAny<JsonException>(() => DialogStateJson.Read(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public async Task A_stack_that_was_only_loaded_leaves_the_conversation_document_unchanged()
    {
        const string stored = """{"dialogState":{"dialogStack":[{"id":"ask","version":"v1","options":{"prompt":{"text":"\u95EE\u9898"}},"state":{"attemptCount":0}},{"id":"flow","state":{"stepIndex":2,"state":{"x":1.50}}}]},"keep":1}""";
        var conversation = new StateBag("c", stored, "1");

        var dc = await new DialogSet().CreateContextAsync(TurnWith(conversation));

        Assert.Equal(["ask", "flow"], dc.Stack.Select(i => i.Id));
        Assert.Null(conversation.Serialize());
    }

    [Fact]
    public async Task Instances_a_turn_did_not_read_are_written_back_as_stored()
    {
        const string untouched = """{"id":"flow","version":"w","options":{"unit":"\u67D0\u5E02","n":1.0},"state":{"stepIndex":2,"state":{"x":1.50}}}""";
        var conversation = new StateBag("c", $$$$"""{"dialogState":{"dialogStack":[{"id":"ask","options":{"q":1},"state":{"attemptCount":0}},{{{{untouched}}}}]}}""", "1");
        var dc = await new DialogSet().CreateContextAsync(TurnWith(conversation));

        dc.Stack[0].GetState<PromptState>().AttemptCount = 3;

        Assert.Equal(
            $$$$"""{"dialogState":{"dialogStack":[{"id":"ask","options":{"q":1},"state":{"attemptCount":3}},{{{{untouched}}}}]}}""",
            conversation.Serialize());
    }

    [Fact]
    public async Task A_prompt_and_waterfall_stored_by_the_previous_release_carry_on()
    {
        var review = new WaterfallDialog<StepLog>("review").AddStep(AskKindAsync).AddStep(FinishAsync);
        var dialogs = new DialogSet().Add(review).Add(new ChoicePrompt("choice"));
        var conversation = new StateBag("c", $$$$"""
            {"dialogState":{"dialogStack":[{"id":"choice","version":"ChoicePrompt:choice","options":{"prompt":{"type":"message","text":"这份材料是为谁写的？"},"retryPrompt":{"type":"message","text":"请从下面选一项。"},"choices":[{"value":"班子材料","synonyms":["班子"]},{"value":"个人材料","synonyms":["个人"]}],"style":"Auto","help":"选一项即可。"},"state":{"attemptCount":1}},{"id":"review","version":"{{{{review.GetVersion()}}}}","options":{"unit":"某市司法局"},"state":{"stepIndex":0,"state":{"steps":["0:AskKindAsync"],"age":0}}}]},"recentActivityIds":["a1"]}
            """, "1");
        var turn = TurnWith(conversation, "个人");
        var dc = await dialogs.CreateContextAsync(turn);

        Assert.Equal("选一项即可。", dc.GetActiveHelp());
        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal("某市司法局：个人材料（0:AskKindAsync,1:FinishAsync）", Assert.Single(turn.Replies).Text);
        Assert.Equal("""{"dialogState":{"dialogStack":[]},"recentActivityIds":["a1"]}""", conversation.Serialize());
    }

    [Fact]
    public async Task Options_a_dialog_begins_with_are_stored_as_an_element_written_token_by_token_would_be()
    {
        var options = PromptOptions.Create("他说：“问题\"一\"”\n\t</script> & 😀 \u0001", "再选一次", [new Choice("采用") { Synonyms = ["好"] }], "帮助");
        options.Validations = JsonDocument.Parse("""{"n":12345678901234567890,"f":1.50,"s":"\u95EE\/"}""").RootElement;
        options.MaxAttempts = 3;
        var conversation = new StateBag("c");
        var dc = await new DialogSet().Add(new ChoicePrompt("choice")).CreateContextAsync(TurnWith(conversation));

        await dc.PromptAsync("choice", options);

        var expected = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(expected, new JsonWriterOptions { Encoder = StateBag.JsonOptions.Encoder }))
        {
            JsonSerializer.SerializeToElement(options, DialogJson.Options).WriteTo(writer);
        }
        using var document = JsonDocument.Parse(conversation.Serialize()!);
        var stored = document.RootElement.GetProperty(DialogState.PropertyName).GetProperty("dialogStack")[0].GetProperty("options").GetRawText();
        Assert.Equal(Encoding.UTF8.GetString(expected.WrittenSpan), stored);
        Assert.Contains("\"n\":12345678901234567890,\"f\":1.50", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_are_taken_when_the_dialog_begins_and_later_changes_to_the_object_are_not_stored()
    {
        var options = PromptOptions.Create("第一问", choices: [new Choice("采用")]);
        var conversation = new StateBag("c");
        var dc = await new DialogSet().Add(new ChoicePrompt("choice")).CreateContextAsync(TurnWith(conversation));

        await dc.PromptAsync("choice", options);
        options.Prompt!.Text = "改过的问题";
        options.Choices!.Add(new Choice("放弃"));

        using var document = JsonDocument.Parse(conversation.Serialize()!);
        var stored = document.RootElement.GetProperty(DialogState.PropertyName).GetProperty("dialogStack")[0].GetProperty("options");
        Assert.Equal("第一问", stored.GetProperty("prompt").GetProperty("text").GetString());
        Assert.Equal(["采用"], stored.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Equal("第一问", dc.ActiveDialog!.ReadSharedOptions<PromptOptions>()!.Prompt!.Text);
    }

    private static Task<DialogTurnResult> AskKindAsync(WaterfallStepContext<StepLog> step, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The stored stack already asked.");

    private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext<StepLog> step, CancellationToken cancellationToken)
    {
        step.State.Steps.Add($"{step.Index}:{step.Name}");
        var unit = step.GetOptions<JsonElement>().GetProperty("unit").GetString();
        await step.Context.SendActivityAsync($"{unit}：{step.GetResult<FoundChoice>()!.Value}（{string.Join(',', step.State.Steps)}）", cancellationToken);
        return await step.EndDialogAsync(cancellationToken);
    }

    private static TurnContext TurnWith(StateBag conversation, string text = "x") =>
        new(
            new Activity { Type = ActivityTypes.Message, Text = text, ChannelId = Channels.MsTeams, Conversation = new() { Id = "c" } },
            new TurnState(conversation, new StateBag("u")));

    private static string Describe(DialogState state) =>
        state.DialogStack is null
            ? "no stack"
            : string.Join(" | ", state.DialogStack.Select(i => i is null
                ? "null"
                : $"{i.Id};{i.Version ?? "-"};{i.Options?.GetRawText() ?? "-"};{i.State?.GetRawText() ?? "-"}"));
}
