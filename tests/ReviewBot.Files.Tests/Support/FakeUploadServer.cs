using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ReviewBot.Files.Tests.Support;

/// <summary>Stands in for the OneDrive upload session behind Teams' <c>uploadUrl</c>: real Kestrel on 127.0.0.1.</summary>
internal sealed class FakeUploadServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedUpload> _received = new();
    private int _failuresLeft;

    private FakeUploadServer(WebApplication app) => _app = app;

    public IReadOnlyList<ReceivedUpload> Received => [.. _received];

    public string BaseAddress => _app.Urls.First();

    /// <summary>The next <paramref name="count"/> uploads are answered 500.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    public string UploadUrl(string session = "s1") => $"{BaseAddress}/upload/{session}";

    public static async Task<FakeUploadServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeUploadServer(app);
        app.Map("/upload/{session}", (Delegate)server.ReceiveAsync);
        await app.StartAsync();
        return server;
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var headers = context.Request.Headers;
        _received.Enqueue(new ReceivedUpload(
            context.Request.Method,
            context.Request.Path,
            headers.ContentRange.ToString(),
            context.Request.ContentLength,
            headers.Authorization.Count > 0,
            body.ToArray()));
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            return Results.StatusCode(500);
        }
        return Results.Json(new { id = "drive-item-1", name = "uploaded.docx" }, statusCode: 201);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record ReceivedUpload(string Method, string Path, string ContentRange, long? ContentLength, bool HadAuthorization, byte[] Body);
