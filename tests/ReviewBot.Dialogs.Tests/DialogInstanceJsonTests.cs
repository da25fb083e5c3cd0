using System.Text.Json;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;

namespace ReviewBot.Dialogs.Tests;

public sealed class DialogInstanceJsonTests
{
    private sealed class Progress
    {
        public int Step { get; set; }

        public string? Answer { get; set; }
    }

    private static string Write(DialogState state) => JsonSerializer.Serialize(state, DialogJson.Options);

    private static DialogState Read(string json) => JsonSerializer.Deserialize<DialogState>(json, DialogJson.Options)!;

    [Fact]
    public void A_live_state_is_written_in_place_of_the_stored_one_and_reads_back()
    {
        var stack = Read("""{"dialogStack":[{"id":"ask","version":"v1","options":{"q":"问题"},"state":{"step":1}}]}""");
        var progress = stack.DialogStack[0].GetState<Progress>();
        progress.Step = 2;
        progress.Answer = "中心组学习不够";

        var json = Write(stack);

        Assert.Equal("""{"dialogStack":[{"id":"ask","version":"v1","options":{"q":"问题"},"state":{"step":2,"answer":"中心组学习不够"}}]}""", json);
        var again = Read(json).DialogStack[0];
        Assert.Equal(2, again.GetState<Progress>().Step);
        Assert.Equal("v1", again.Version);
        Assert.Equal("问题", again.Options!.Value.GetProperty("q").GetString());
    }

    [Fact]
    public void A_state_nobody_read_is_written_back_as_stored()
    {
        const string stored = """{"dialogStack":[{"id":"a","state":{"step":3,"extra":[1,{"x":"是"}]}},{"id":"b","version":"v2","state":{}}]}""";

        Assert.Equal(stored, Write(Read(stored)));
    }

    [Fact]
    public void An_instance_without_state_gets_a_fresh_one_and_unknown_fields_are_ignored()
    {
        var instance = Read("""{"dialogStack":[{"ID":"a","futureField":{"y":1},"state":null}]}""").DialogStack[0];

        Assert.Equal("a", instance.Id);
        Assert.Equal(0, instance.GetState<Progress>().Step);
    }

    [Fact]
    public void An_instance_without_an_id_is_refused()
    {
        Assert.Throws<JsonException>(() => Read("""{"dialogStack":[{"version":"v1","state":{}}]}"""));
    }

    [Fact]
    public void A_stored_state_of_the_wrong_shape_is_reported_as_a_dialog_state_error()
    {
        var instance = Read("""{"dialogStack":[{"id":"a","state":{"step":"not a number"}}]}""").DialogStack[0];

        Assert.Throws<DialogStateException>(() => instance.GetState<Progress>());
    }

    [Fact]
    public void Prompt_options_are_read_once_and_read_again_after_they_are_replaced()
    {
        var instance = Read("""{"dialogStack":[{"id":"ask","options":{"help":"帮助一","style":"List"}}]}""").DialogStack[0];

        var first = instance.ReadSharedOptions<PromptOptions>();
        var again = instance.ReadSharedOptions<PromptOptions>();
        instance.Options = JsonSerializer.SerializeToElement(new { help = "帮助二" });
        var replaced = instance.ReadSharedOptions<PromptOptions>();

        Assert.Same(first, again);
        Assert.Equal(ListStyle.List, first!.Style);
        Assert.Equal("帮助二", replaced!.Help);
        Assert.NotSame(first, instance.ReadOptions<PromptOptions>());
    }
}
