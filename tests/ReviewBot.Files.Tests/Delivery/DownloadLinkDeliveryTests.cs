using ReviewBot.Builder.Files;
using ReviewBot.Files.Links;
using ReviewBot.Files.Tests.Support;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Tests.Delivery;

public sealed class DownloadLinkDeliveryTests
{
    [Fact]
    public async Task Group_chat_gets_a_download_link_even_with_an_app_id()
    {
        await using var bot = await FilesBotHost.StartAsync(withAppId: true);

        var sent = await bot.ExportAsync(TestActivities.Export(TestActivities.GroupChat, "groupChat"));

        Assert.Null(sent.Attachments);
        Assert.Equal(TextFormats.Markdown, sent.TextFormat);
        var (text, url) = Cards.Link(sent);
        Assert.Equal(FileNames.MarkdownText(TestFiles.DraftName), text);
        var segments = url.AbsolutePath.Split('/');
        Assert.Equal(["", "files", ConversationTag.For(TestActivities.Export(TestActivities.GroupChat)), segments[3], Uri.EscapeDataString(TestFiles.DraftName)], segments);
        Assert.True(SecretToken.IsWellFormed(segments[3]));
        Assert.Equal("https://bot.example.org", url.GetLeftPart(UriPartial.Authority));
        Assert.Contains("1 小时", sent.Text);
    }

    [Fact]
    public async Task Playground_personal_chat_without_an_app_id_gets_a_link_to_this_server()
    {
        await using var bot = await FilesBotHost.StartAsync(withAppId: false);

        var sent = await bot.ExportAsync(TestActivities.Export());

        Assert.Null(sent.Attachments);
        var (_, url) = Cards.Link(sent);
        Assert.StartsWith(bot.BaseAddress + "/files/", url.AbsoluteUri);
    }

    [Fact]
    public async Task Each_export_gets_its_own_token()
    {
        await using var bot = await FilesBotHost.StartAsync(withAppId: false);

        var first = Cards.Link(await bot.ExportAsync(TestActivities.Export())).Url;
        var second = Cards.Link(await bot.ExportAsync(TestActivities.Export())).Url;

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Empty_file_gets_a_clear_message_and_no_link()
    {
        await using var bot = await FilesBotHost.StartAsync(withAppId: false);
        bot.Bot.File = new OutgoingFile("空.docx", OutgoingFile.DocxContentType, []);

        var sent = await bot.ExportAsync(TestActivities.Export());

        Assert.Contains("没有内容", sent.Text);
        Assert.DoesNotContain("/files/", sent.Text);
    }

    [Fact]
    public async Task File_over_the_size_limit_gets_a_clear_message_and_no_card()
    {
        await using var bot = await FilesBotHost.StartAsync(withAppId: true, settings: new Dictionary<string, string?> { ["Files:MaxFileBytes"] = "4096" });

        var sent = await bot.ExportAsync(TestActivities.Export());

        Assert.Contains("文件太大（4.9 KB）", sent.Text);
        Assert.Contains("4 KB", sent.Text);
        Assert.Null(sent.Attachments);
    }

    [Fact]
    public async Task Markdown_characters_in_the_name_do_not_break_the_link()
    {
        await using var bot = await FilesBotHost.StartAsync(withAppId: false);
        bot.Bot.File = TestFiles.Draft() with { Name = "材料[第二方面](草稿)_v2.docx" };

        var (text, url) = Cards.Link(await bot.ExportAsync(TestActivities.Export()));

        Assert.Equal(@"材料\[第二方面\](草稿)_v2.docx", text);
        Assert.EndsWith(Uri.EscapeDataString("材料[第二方面](草稿)_v2.docx"), url.AbsoluteUri);
    }
}
