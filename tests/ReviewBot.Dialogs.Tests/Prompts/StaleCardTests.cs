using System.Text.Json;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Dialogs.Tests.Support;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Tests.Prompts;

/// <summary>Card buttons are stamped with their question, so a click on an older card never answers a newer question.</summary>
public sealed class StaleCardTests
{
    private static PromptOptions Review(string text) =>
        PromptOptions.Create(text, choices: [new Choice("采用"), new Choice("修改"), new Choice("不要这条")]);

    private static JsonElement DataOf(Activity reply, string title) =>
        reply.Attachments![0].Content!.Value.GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "ActionSet")
            .SelectMany(e => e.GetProperty("actions").EnumerateArray())
            .Single(b => b.GetProperty("title").GetString() == title)
            .GetProperty("data");

    private static async Task<(DialogTestClient Client, Activity Card)> AskInGroupAsync(PromptOptions options)
    {
        var client = new DialogTestClient(PromptHarness.Around(new ChoicePrompt("choice"), options), Channels.MsTeams, "groupChat");
        var card = Assert.Single((await client.SendAsync("开始")).Replies);
        return (client, card);
    }

    [Fact]
    public async Task Card_buttons_carry_the_stamp_of_their_question()
    {
        var (_, first) = await AskInGroupAsync(Review("问题一：学习不够深入"));
        var (_, second) = await AskInGroupAsync(Review("问题一：学习不够系统"));

        var stamp = DataOf(first, "采用").GetProperty(PromptInput.AskedField).GetString();
        Assert.False(string.IsNullOrEmpty(stamp));
        Assert.Equal(stamp, DataOf(first, "修改").GetProperty(PromptInput.AskedField).GetString());
        Assert.NotEqual(stamp, DataOf(second, "采用").GetProperty(PromptInput.AskedField).GetString());
    }

    [Fact]
    public async Task A_click_on_the_current_card_answers_the_question()
    {
        var (client, card) = await AskInGroupAsync(Review("问题一：学习不够深入"));

        var turn = await client.SubmitAsync(DataOf(card, "采用"));

        Assert.Equal("结果：{\"value\":\"采用\",\"index\":0,\"title\":\"采用\"}", turn.Text);
    }

    [Fact]
    public async Task A_click_on_an_older_card_is_explained_and_the_open_question_is_asked_again()
    {
        var (_, older) = await AskInGroupAsync(Review("问题一：学习不够深入"));
        var (client, _) = await AskInGroupAsync(Review("问题一：学习不够系统，如，全年只开了4次中心组学习"));

        var turn = await client.SubmitAsync(DataOf(older, "采用"));

        Assert.Equal(2, turn.Replies.Count);
        Assert.Equal(DialogSet.DefaultStaleCardMessage, turn.Replies[0].Text);
        var again = turn.Replies[1].Attachments![0].Content!.Value.GetProperty("body")[0].GetProperty("text").GetString();
        Assert.Equal("问题一：学习不够系统，如，全年只开了4次中心组学习", again);
        Assert.Equal(DialogTurnStatus.Waiting, turn.Result.Status);

        var answered = await client.SubmitAsync(new { choice = "修改" });
        Assert.Equal("结果：{\"value\":\"修改\",\"index\":1,\"title\":\"修改\"}", answered.Text);
    }

    [Fact]
    public async Task A_stale_click_does_not_use_up_an_attempt()
    {
        var options = Review("问题一：学习不够系统");
        options.MaxAttempts = 1;
        var (_, older) = await AskInGroupAsync(Review("问题一：学习不够深入"));
        var (client, _) = await AskInGroupAsync(options);

        await client.SubmitAsync(DataOf(older, "采用"));
        var turn = await client.SubmitAsync(new { choice = "采用" });

        Assert.Equal("结果：{\"value\":\"采用\",\"index\":0,\"title\":\"采用\"}", turn.Text);
    }

    [Fact]
    public async Task A_confirm_card_is_stamped_too()
    {
        var client = new DialogTestClient(PromptHarness.Around(new ConfirmPrompt("confirm"), PromptOptions.Create("仍要导出吗？")), Channels.MsTeams, "groupChat");
        var card = Assert.Single((await client.SendAsync("开始")).Replies);

        var turn = await client.SubmitAsync(new { choice = "是", asked = "0000000000ff" });

        Assert.False(string.IsNullOrEmpty(DataOf(card, "是").GetProperty(PromptInput.AskedField).GetString()));
        Assert.Equal(DialogSet.DefaultStaleCardMessage, turn.Replies[0].Text);
    }

    [Fact]
    public async Task Typed_answers_and_unstamped_submits_are_read_as_before()
    {
        var (client, _) = await AskInGroupAsync(Review("问题一：学习不够深入"));

        var submitted = await client.SubmitAsync(new { choice = "不要这条" });

        Assert.Equal("结果：{\"value\":\"不要这条\",\"index\":2,\"title\":\"不要这条\"}", submitted.Text);
    }
}
