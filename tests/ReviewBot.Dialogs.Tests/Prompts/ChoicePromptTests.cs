using System.Text.Json;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Dialogs.Tests.Support;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Tests.Prompts;

public sealed class ChoicePromptTests
{
    private static PromptOptions Options(params string[] titles) =>
        PromptOptions.Create("请选择：", choices: titles.Select(t => new Choice(t)));

    private static async Task<Activity> AskAsync(PromptOptions options, string channelId, string conversationType)
    {
        var client = new DialogTestClient(PromptHarness.Around(new ChoicePrompt("choice"), options), channelId, conversationType);
        return Assert.Single((await client.SendAsync("开始")).Replies);
    }

    [Fact]
    public async Task Teams_personal_chat_with_three_choices_gets_suggested_actions_whose_value_is_the_title()
    {
        var reply = await AskAsync(Options("采用", "修改", "换个说法"), Channels.MsTeams, "personal");

        Assert.Equal("请选择：", reply.Text);
        Assert.Null(reply.Attachments);
        var actions = reply.SuggestedActions!.Actions!;
        Assert.Equal(["采用", "修改", "换个说法"], actions.Select(a => a.Title));
        Assert.All(actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.All(actions, a => Assert.Equal(a.Title, a.Value!.Value.GetString()));
        Assert.Equal(["user-1"], reply.SuggestedActions.To);
    }

    [Fact]
    public async Task Teams_personal_chat_with_more_than_three_choices_gets_a_card()
    {
        var reply = await AskAsync(Options("采用", "修改", "换个说法", "再加一条"), Channels.MsTeams, "personal");

        Assert.Null(reply.SuggestedActions);
        Assert.Equal(4, SubmitButtons(reply).Count);
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task Teams_group_chats_and_channels_get_an_adaptive_card_with_submit_buttons(string conversationType)
    {
        var options = PromptOptions.Create("材料类型？", choices: [new Choice("banzi") { Title = "班子" }, new Choice("geren") { Title = "个人" }]);

        var reply = await AskAsync(options, Channels.MsTeams, conversationType);

        Assert.Null(reply.SuggestedActions);
        Assert.Null(reply.Text);
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        var card = attachment.Content!.Value;
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("材料类型？", card.GetProperty("body")[0].GetProperty("text").GetString());
        var buttons = SubmitButtons(reply);
        Assert.All(buttons, b => Assert.Equal("Action.Submit", b.GetProperty("type").GetString()));
        Assert.Equal(["班子", "个人"], buttons.Select(b => b.GetProperty("title").GetString()));
        var data = buttons[1].GetProperty("data");
        Assert.Equal("geren", data.GetProperty("choice").GetString());
        Assert.False(data.TryGetProperty("msteams", out _));
    }

    [Theory]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.WebChat)]
    [InlineData("directline")]
    public async Task Emulator_web_chat_and_other_channels_get_suggested_actions(string channelId)
    {
        var reply = await AskAsync(Options("一", "二", "三", "四", "五"), channelId, "personal");

        Assert.Equal(5, reply.SuggestedActions!.Actions!.Count);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public async Task The_console_gets_a_numbered_list_in_the_text()
    {
        var reply = await AskAsync(Options("班子", "个人"), Channels.Console, "personal");

        Assert.Equal("请选择：\n1. 班子\n2. 个人", reply.Text);
        Assert.Null(reply.SuggestedActions);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public async Task An_explicit_style_overrides_the_channel_default()
    {
        var options = Options("班子", "个人");
        options.Style = ListStyle.List;

        var reply = await AskAsync(options, Channels.MsTeams, "groupChat");

        Assert.Equal("请选择：\n1. 班子\n2. 个人", reply.Text);
    }

    [Fact]
    public async Task Many_choices_are_laid_out_in_rows_of_buttons()
    {
        var reply = await AskAsync(Options([.. Enumerable.Range(1, 12).Select(i => $"选项{i}")]), Channels.MsTeams, "groupChat");

        var rows = reply.Attachments![0].Content!.Value.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "ActionSet").ToList();
        Assert.Equal([5, 5, 2], rows.Select(r => r.GetProperty("actions").GetArrayLength()));
    }

    [Fact]
    public async Task A_loose_answer_like_修改一下_does_not_select_修改()
    {
        var client = await PromptHarness.AskedAsync(new ChoicePrompt("choice"), Options("采用", "修改", "换个说法"));

        var turn = await client.SendAsync("修改一下");

        Assert.Equal("请选择：", turn.Text);
        Assert.Equal(DialogTurnStatus.Waiting, turn.Result.Status);
    }

    [Theory]
    [InlineData("修改", "修改")]
    [InlineData("  修改  ", "修改")]
    [InlineData("修改。", "修改")]
    [InlineData("2", "修改")]
    [InlineData("２", "修改")]
    [InlineData("二", "修改")]
    [InlineData("第二个", "修改")]
    [InlineData("第3项", "换个说法")]
    [InlineData("三", "换个说法")]
    [InlineData("改", "修改")]
    [InlineData("ＯＫ", "采用")]
    [InlineData("ok", "采用")]
    public async Task Exact_title_number_chinese_numeral_or_synonym_selects_a_choice(string answer, string expected)
    {
        var options = PromptOptions.Create("请选择：", choices:
        [
            new Choice("采用") { Synonyms = ["OK"] },
            new Choice("修改") { Synonyms = ["改"] },
            new Choice("换个说法"),
        ]);
        var client = await PromptHarness.AskedAsync(new ChoicePrompt("choice"), options);

        var turn = await client.SendAsync(answer);

        var found = turn.Result.GetResult<JsonElement>();
        Assert.Equal(expected, found.GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("修")]
    [InlineData("采用修改")]
    [InlineData("我选2")]
    public async Task Answers_that_are_not_exactly_a_choice_are_not_recognized(string answer)
    {
        var client = await PromptHarness.AskedAsync(new ChoicePrompt("choice"), Options("采用", "修改", "换个说法"));

        var turn = await client.SendAsync(answer);

        Assert.Equal(DialogTurnStatus.Waiting, turn.Result.Status);
    }

    [Fact]
    public async Task A_choice_prompt_without_choices_is_refused()
    {
        var client = new DialogTestClient(PromptHarness.Around(new ChoicePrompt("choice"), PromptOptions.Create("选？")));

        await Assert.ThrowsAsync<ArgumentException>(() => client.SendAsync("开始"));
    }

    private static List<JsonElement> SubmitButtons(Activity reply) =>
        [.. reply.Attachments![0].Content!.Value.GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "ActionSet")
            .SelectMany(e => e.GetProperty("actions").EnumerateArray())];
}
