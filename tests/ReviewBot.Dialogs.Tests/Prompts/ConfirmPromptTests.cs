using ReviewBot.Dialogs.Prompts;
using ReviewBot.Dialogs.Tests.Support;

namespace ReviewBot.Dialogs.Tests.Prompts;

public sealed class ConfirmPromptTests
{
    [Theory]
    [InlineData("是", true)]
    [InlineData("是的", true)]
    [InlineData("好的", true)]
    [InlineData("好", true)]
    [InlineData("对", true)]
    [InlineData("可以", true)]
    [InlineData("确认", true)]
    [InlineData("Yes", true)]
    [InlineData("y", true)]
    [InlineData("1", true)]
    [InlineData("１", true)]
    [InlineData("否", false)]
    [InlineData("不用", false)]
    [InlineData("不", false)]
    [InlineData("算了", false)]
    [InlineData("不要", false)]
    [InlineData("no", false)]
    [InlineData("N", false)]
    [InlineData("2", false)]
    public async Task Confirm_words_are_read_as_yes_or_no(string answer, bool expected)
    {
        var client = await PromptHarness.AskedAsync(new ConfirmPrompt("confirm"), PromptOptions.Create("确认删除这一条吗？"));

        var turn = await client.SendAsync(answer);

        Assert.Equal($"结果：{(expected ? "true" : "false")}", turn.Text);
    }

    [Theory]
    [InlineData("取消")]
    [InlineData("是不是")]
    [InlineData("好像不对")]
    [InlineData("3")]
    public async Task Other_answers_including_the_cancel_command_are_not_yes_or_no(string answer)
    {
        var client = await PromptHarness.AskedAsync(new ConfirmPrompt("confirm"), PromptOptions.Create("确认删除这一条吗？"));

        var turn = await client.SendAsync(answer);

        Assert.Equal(DialogTurnStatus.Waiting, turn.Result.Status);
        Assert.Equal("确认删除这一条吗？", turn.Text);
    }

    [Fact]
    public async Task The_question_offers_是_and_否_buttons()
    {
        var client = new DialogTestClient(PromptHarness.Around(new ConfirmPrompt("confirm"), PromptOptions.Create("确认吗？")));

        var reply = Assert.Single((await client.SendAsync("开始")).Replies);

        Assert.Equal(["是", "否"], reply.SuggestedActions!.Actions!.Select(a => a.Title));
    }

    [Fact]
    public async Task A_card_submit_with_a_boolean_answer_confirms()
    {
        var client = await PromptHarness.AskedAsync(new ConfirmPrompt("confirm"), PromptOptions.Create("确认吗？"));

        Assert.Equal("结果：true", (await client.SubmitAsync(new { answer = true })).Text);
    }
}
