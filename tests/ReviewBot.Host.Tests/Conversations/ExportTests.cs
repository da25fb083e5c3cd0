using System.Text.RegularExpressions;

namespace ReviewBot.Host.Tests.Conversations;

/// <summary>导出 in a Playground-like chat (no app id): a download link served by the same host.</summary>
public sealed partial class ExportTests
{
    [Fact]
    public async Task Export_gives_a_link_that_downloads_a_docx()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = await InterviewCommandTests.StartAt2023FirstAspectAsync(host);
        await DraftScript.ProblemAsync(chat, DraftScript.Problems[1].Text);

        var reply = await chat.SayAsync("导出");
        Assert.True(reply.Has("导出前做了材料体检"), chat.Transcript);
        if (reply.Has("仍然导出吗"))
        {
            reply = await chat.ClickAsync("仍然导出");
        }

        var link = Link().Match(reply.Text);
        Assert.True(link.Success, chat.Transcript);
        using var response = await host.Client.GetAsync(new Uri(link.Value));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} for {link.Value}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 1000);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
        var disposition = response.Content.Headers.ContentDisposition?.ToString() ?? string.Empty;
        var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        Assert.True(disposition.Contains(".docx", StringComparison.Ordinal) || type.Contains("wordprocessingml", StringComparison.Ordinal), $"{type} {disposition}");
    }

    [Fact]
    public async Task Export_before_any_draft_says_there_is_nothing_to_export()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = Conversation.Personal(host);

        Assert.True((await chat.SayAsync("导出")).Has("还没有材料可以导出"), chat.Transcript);
    }

    [GeneratedRegex(@"https?://[^\s)\]>""]+/files/[^\s)\]>""]+")]
    private static partial Regex Link();
}
