namespace ReviewBot.Host.Tests.Conversations;

/// <summary>The first contact: the welcome and the main menu, and the menu's buttons starting the right things.</summary>
public sealed class WelcomeTests
{
    [Fact]
    public async Task Adding_the_bot_shows_the_welcome_with_the_main_menu_and_its_button_starts_a_draft()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = Conversation.Personal(host);

        var welcome = await chat.AddBotAsync();

        Assert.True(welcome.Has("ReviewBot"), chat.Transcript);
        Assert.Contains(welcome.Buttons, b => b.Title == "新建材料");
        Assert.True((await chat.ClickAsync("新建材料")).Has("这份材料是为谁写的"), chat.Transcript);
    }

    [Fact]
    public async Task The_welcome_in_a_group_chat_uses_a_card_whose_submit_works()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = Conversation.Group(host);

        var welcome = await chat.AddBotAsync();

        var button = Conversation.FindButton(welcome, "新建材料");
        Assert.NotNull(button.SubmitData);
        Assert.True((await chat.ClickAsync(button)).Has("这份材料是为谁写的"), chat.Transcript);
    }

    [Fact]
    public async Task Continue_with_no_draft_says_how_to_start()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = Conversation.Personal(host);

        Assert.True((await chat.SayAsync("继续")).Has("点“新建材料”开始"), chat.Transcript);
    }
}
