using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Builder.Files;
using ReviewBot.Files.Links;
using ReviewBot.Files.Storage;
using ReviewBot.Files.Tests.Support;

namespace ReviewBot.Files.Tests.Endpoints;

public sealed class FileDownloadEndpointsTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private FilesBotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await FilesBotHost.StartAsync(withAppId: false);

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task Link_serves_the_bytes_with_the_content_type_and_a_utf8_file_name()
    {
        var url = await ExportLinkAsync();

        using var response = await _http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestFiles.Draft().Content, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(OutgoingFile.DocxContentType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(TestFiles.DraftName, disposition.FileNameStar);
        var raw = string.Join(", ", response.Content.Headers.GetValues("Content-Disposition"));
        Assert.Contains("filename*=UTF-8''" + Uri.EscapeDataString("对照检查材料"), raw);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Link_works_more_than_once_until_it_expires()
    {
        var url = await ExportLinkAsync();

        using var first = await _http.GetAsync(url);
        _bot.Time.Advance(TimeSpan.FromMinutes(59));
        using var second = await _http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Wrong_token_is_rejected()
    {
        var url = await ExportLinkAsync();
        var segments = url.AbsolutePath.Split('/');

        await AssertNotFoundAsync($"{_bot.BaseAddress}/files/{segments[2]}/{SecretToken.New()}/{segments[4]}");
        await AssertNotFoundAsync($"{_bot.BaseAddress}/files/{segments[2]}/{segments[3][..^1]}/{segments[4]}");
        await AssertNotFoundAsync($"{_bot.BaseAddress}/files/{segments[2]}/{segments[3].ToUpperInvariant()}/{segments[4]}");
    }

    [Fact]
    public async Task Expired_token_is_rejected_and_the_file_deleted()
    {
        var url = await ExportLinkAsync();
        var segments = url.AbsolutePath.Split('/');

        _bot.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        await AssertNotFoundAsync(url.AbsoluteUri);
        var documents = await _bot.Storage.ReadAsync([StorageDownloadStore.Key(segments[3])], CancellationToken.None);
        Assert.Empty(documents);
    }

    [Fact]
    public async Task Token_from_another_conversation_is_rejected()
    {
        var url = await ExportLinkAsync();
        var segments = url.AbsolutePath.Split('/');
        var otherTag = ConversationTag.For(TestActivities.Export(TestActivities.GroupChat, "groupChat"));

        await AssertNotFoundAsync($"{_bot.BaseAddress}/files/{otherTag}/{segments[3]}/{segments[4]}");
        using var stillValid = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
    }

    [Fact]
    public async Task Nothing_is_listable()
    {
        var url = await ExportLinkAsync();
        var segments = url.AbsolutePath.Split('/');

        await AssertNotFoundAsync($"{_bot.BaseAddress}/files");
        await AssertNotFoundAsync($"{_bot.BaseAddress}/files/");
        await AssertNotFoundAsync($"{_bot.BaseAddress}/files/{segments[2]}");
        await AssertNotFoundAsync($"{_bot.BaseAddress}/files/{segments[2]}/");
        await AssertNotFoundAsync($"{_bot.BaseAddress}/files/{segments[2]}/{segments[3]}");
    }

    [Fact]
    public async Task Name_segment_is_cosmetic_and_the_stored_name_is_served()
    {
        var url = await ExportLinkAsync();
        var segments = url.AbsolutePath.Split('/');

        using var response = await _http.GetAsync($"{_bot.BaseAddress}/files/{segments[2]}/{segments[3]}/other.exe");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestFiles.DraftName, response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Links_survive_a_restart_until_they_expire()
    {
        var url = await ExportLinkAsync();
        var path = new Uri(url.AbsoluteUri).PathAndQuery;
        await _bot.DisposeAsync();
        _bot = await FilesBotHost.StartAsync(withAppId: false, _bot.Storage, _bot.Time);

        using var response = await _http.GetAsync(_bot.BaseAddress + path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<Uri> ExportLinkAsync() => Cards.Link(await _bot.ExportAsync(TestActivities.Export())).Url;

    private async Task AssertNotFoundAsync(string url)
    {
        using var response = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
