using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Builder.Storage;
using ReviewBot.Files.Links;
using ReviewBot.Files.Storage;
using ReviewBot.Files.Tests.Support;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Tests.Delivery;

public sealed class TeamsFileConsentDeliveryTests : IAsyncLifetime
{
    private FilesBotHost _bot = null!;
    private FakeUploadServer _upload = null!;

    public async Task InitializeAsync()
    {
        _bot = await FilesBotHost.StartAsync(withAppId: true);
        _upload = await FakeUploadServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _upload.DisposeAsync();
    }

    [Fact]
    public async Task Personal_chat_with_an_app_id_gets_a_file_consent_card()
    {
        var sent = await _bot.ExportAsync(TestActivities.Export());

        var card = Cards.Consent(sent);
        Assert.Equal(TestFiles.DraftName, card.Name);
        var content = card.Content!.Value;
        Assert.Equal("2023 年度对照检查材料（全文）", Cards.Get(content, "description"));
        Assert.Equal(TestFiles.Draft().Content.Length, content.GetProperty("sizeInBytes").GetInt64());
        Assert.Equal(22, Cards.FileId(sent).Length);
        Assert.Contains(TestFiles.DraftName, sent.Text);
        Assert.Equal(TextFormats.Markdown, sent.TextFormat);
        Assert.DoesNotContain("/files/", sent.Text);
    }

    [Fact]
    public async Task Accepting_uploads_the_exact_bytes_with_content_range_and_sends_a_file_info_card()
    {
        var fileId = Cards.FileId(await _bot.ExportAsync(TestActivities.Export()));
        _bot.Sender.Clear();

        var outcome = await _bot.SendAsync(TestActivities.Accept(fileId, _upload.UploadUrl()));

        Assert.Equal(200, outcome.Status);
        var upload = Assert.Single(_upload.Received);
        var bytes = _bot.Bot.File.Content;
        Assert.Equal("PUT", upload.Method);
        Assert.Equal($"bytes 0-{bytes.Length - 1}/{bytes.Length}", upload.ContentRange);
        Assert.Equal(bytes.Length, upload.ContentLength);
        Assert.Equal(bytes, upload.Body);
        Assert.False(upload.HadAuthorization);

        var confirmation = Assert.Single(_bot.Sender.Sent);
        var info = Assert.Single(confirmation.Attachments!);
        Assert.Equal(ContentTypes.FileInfoCard, info.ContentType);
        Assert.Equal("https://contoso-my.sharepoint.com/personal/user/Documents/Applications/ReviewBot/draft.docx", info.ContentUrl);
        Assert.Equal(TestFiles.DraftName, info.Name);
        Assert.Equal("1150D938-8870-4044-9F2C-5BBDEBA70C8C", Cards.Get(info.Content!.Value, "uniqueId"));
        Assert.Equal("docx", Cards.Get(info.Content!.Value, "fileType"));
        Assert.Null(await PendingAsync(fileId));
    }

    [Fact]
    public async Task Declining_sends_a_polite_message_uploads_nothing_and_forgets_the_file()
    {
        var fileId = Cards.FileId(await _bot.ExportAsync(TestActivities.Export()));
        _bot.Sender.Clear();

        var outcome = await _bot.SendAsync(TestActivities.Decline(fileId));

        Assert.Equal(200, outcome.Status);
        var reply = Assert.Single(_bot.Sender.Sent);
        Assert.Contains("没有保存", reply.Text);
        Assert.Null(reply.Attachments);
        Assert.Empty(_upload.Received);
        Assert.Null(await PendingAsync(fileId));

        _bot.Sender.Clear();
        var lateAccept = await _bot.SendAsync(TestActivities.Accept(fileId, _upload.UploadUrl()));
        Assert.Equal(200, lateAccept.Status);
        Assert.Empty(_upload.Received);
        Assert.Contains("没有找到这份文件", Assert.Single(_bot.Sender.Sent).Text);
    }

    [Fact]
    public async Task Upload_failing_once_is_retried_and_succeeds()
    {
        var fileId = Cards.FileId(await _bot.ExportAsync(TestActivities.Export()));
        _upload.FailNext(1);
        _bot.Sender.Clear();

        var outcome = await _bot.SendAsync(TestActivities.Accept(fileId, _upload.UploadUrl()));

        Assert.Equal(200, outcome.Status);
        Assert.Equal(2, _upload.Received.Count);
        Assert.All(_upload.Received, u => Assert.Equal(_bot.Bot.File.Content, u.Body));
        Assert.Equal(ContentTypes.FileInfoCard, Assert.Single(Assert.Single(_bot.Sender.Sent).Attachments!).ContentType);
    }

    [Fact]
    public async Task Upload_failing_twice_falls_back_to_a_download_link_with_an_apology()
    {
        var fileId = Cards.FileId(await _bot.ExportAsync(TestActivities.Export()));
        _upload.FailNext(2);
        _bot.Sender.Clear();

        var outcome = await _bot.SendAsync(TestActivities.Accept(fileId, _upload.UploadUrl()));

        Assert.Equal(200, outcome.Status);
        Assert.Equal(2, _upload.Received.Count);
        var reply = Assert.Single(_bot.Sender.Sent);
        Assert.StartsWith("抱歉", reply.Text);
        Assert.Null(reply.Attachments);
        var (text, url) = Cards.Link(reply);
        Assert.Equal(FileNames.MarkdownText(TestFiles.DraftName), text);
        Assert.Equal("https://bot.example.org", url.GetLeftPart(UriPartial.Authority));
        var segments = url.AbsolutePath.Split('/');
        var stored = await _bot.App.Services.GetRequiredService<IDownloadStore>()
            .FindAsync(segments[2], segments[3], CancellationToken.None);
        Assert.Equal(_bot.Bot.File.Content, stored!.Content);
        Assert.Null(await PendingAsync(fileId));
    }

    [Fact]
    public async Task Plain_http_upload_url_off_this_machine_is_refused_and_a_link_is_sent()
    {
        var fileId = Cards.FileId(await _bot.ExportAsync(TestActivities.Export()));
        _bot.Sender.Clear();

        var outcome = await _bot.SendAsync(TestActivities.Accept(fileId, "http://upload.example.invalid/session"));

        Assert.Equal(200, outcome.Status);
        Assert.Contains("/files/", Assert.Single(_bot.Sender.Sent).Text);
    }

    [Fact]
    public async Task Unknown_file_id_gets_a_clear_message_and_200()
    {
        var outcome = await _bot.SendAsync(TestActivities.Accept(SecretToken.NewId(), _upload.UploadUrl()));

        Assert.Equal(200, outcome.Status);
        Assert.Contains("重新发送“导出”", Assert.Single(_bot.Sender.Sent).Text);
        Assert.Empty(_upload.Received);
    }

    [Fact]
    public async Task Expired_offer_is_not_uploaded()
    {
        var fileId = Cards.FileId(await _bot.ExportAsync(TestActivities.Export()));
        _bot.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        _bot.Sender.Clear();

        var outcome = await _bot.SendAsync(TestActivities.Accept(fileId, _upload.UploadUrl()));

        Assert.Equal(200, outcome.Status);
        Assert.Empty(_upload.Received);
        Assert.Contains("没有找到这份文件", Assert.Single(_bot.Sender.Sent).Text);
    }

    [Fact]
    public async Task Offer_cannot_be_accepted_from_another_conversation()
    {
        var fileId = Cards.FileId(await _bot.ExportAsync(TestActivities.Export()));
        _bot.Sender.Clear();

        var outcome = await _bot.SendAsync(TestActivities.Accept(fileId, _upload.UploadUrl(), conversationId: "a:1another-personal-chat"));

        Assert.Equal(200, outcome.Status);
        Assert.Empty(_upload.Received);
        Assert.NotNull(await PendingAsync(fileId));
    }

    [Theory]
    [InlineData("""{"type":"fileUpload","action":"maybe","context":{"fileId":"x"}}""")]
    [InlineData("""{"type":"fileUpload","context":{"fileId":"x"}}""")]
    [InlineData("""[1,2]""")]
    public async Task Malformed_consent_invoke_is_answered_400_without_a_crash(string value)
    {
        var outcome = await _bot.SendAsync(TestActivities.ConsentInvoke(JsonNode.Parse(value)!));

        Assert.Equal(400, outcome.Status);
        Assert.Empty(_upload.Received);
    }

    [Fact]
    public async Task Offer_survives_a_restart_before_it_is_accepted()
    {
        var fileId = Cards.FileId(await _bot.ExportAsync(TestActivities.Export()));
        await _bot.DisposeAsync();
        _bot = await FilesBotHost.StartAsync(withAppId: true, _bot.Storage, _bot.Time);

        var outcome = await _bot.SendAsync(TestActivities.Accept(fileId, _upload.UploadUrl()));

        Assert.Equal(200, outcome.Status);
        Assert.Equal(TestFiles.Draft().Content, Assert.Single(_upload.Received).Body);
        Assert.Equal(ContentTypes.FileInfoCard, Assert.Single(Assert.Single(_bot.Sender.Sent).Attachments!).ContentType);
    }

    [Fact]
    public async Task Consent_flow_can_be_switched_off_by_setting()
    {
        await using var bot = await FilesBotHost.StartAsync(withAppId: true, settings: new Dictionary<string, string?> { ["Files:TeamsFileConsent"] = "false" });

        var sent = await bot.ExportAsync(TestActivities.Export());

        Assert.Null(sent.Attachments);
        Assert.Contains("https://bot.example.org/files/", sent.Text);
    }

    private Task<StoredFile?> PendingAsync(string fileId) =>
        _bot.App.Services.GetRequiredService<PendingUploadStore>()
            .FindAsync(ConversationTag.For(TestActivities.Export()), fileId, CancellationToken.None);
}
