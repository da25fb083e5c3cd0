using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReviewBot.Protocol.Tests.Support;

/// <summary>One request as the fake server saw it; <see cref="ReceivedAt"/> is taken by the server when the request arrived.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string Path, string? Authorization, string Body,
    TimeSpan ReceivedAt, IReadOnlyDictionary<string, string> Headers);

/// <summary>What the fake answers: status, optional body and headers.</summary>
public sealed record FakeResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Json(int status, string body, params (string Name, string Value)[] headers) =>
        new(status, body, headers.ToDictionary(h => h.Name, h => h.Value));
}

/// <summary>
/// A real Kestrel server on 127.0.0.1 with an ephemeral port that records every request and answers through a
/// replaceable responder. By default it behaves like the Agents Playground connector: POST → 201 {"id"}, PUT → 200 {"id"},
/// DELETE → 200 with no body.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _nextId = 1000;
    private int _inFlight;
    private int _maxInFlight;

    private FakeConnector(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
        Responder = Default;
    }

    public Uri BaseUri { get; }

    public int Port => BaseUri.Port;

    /// <summary>Decides the answer; gets the request and how many requests with the same method and target came before it.</summary>
    public Func<RecordedRequest, int, FakeResponse> Responder { get; set; }

    /// <summary>Optional wait before answering each request (simulates a slow service).</summary>
    public Func<RecordedRequest, TimeSpan> Latency { get; set; } = _ => TimeSpan.Zero;

    /// <summary>The most requests the server was handling at the same moment.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeConnector> StartAsync(X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        FakeConnector? fake = null;
        app.Run(context => fake!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake = new FakeConnector(app, new Uri(address.Replace("0.0.0.0", "127.0.0.1") + "/"));
        return fake;
    }

    /// <summary>The next id the default responder hands out, as the Playground does with epoch-millisecond strings.</summary>
    public string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public FakeResponse Default(RecordedRequest request, int previous) => request.Method switch
    {
        "POST" or "PUT" => FakeResponse.Json(request.Method == "POST" ? 201 : 200, $$"""{"id":"{{NextId()}}"}"""),
        _ => new FakeResponse(200),
    };

    private async Task HandleAsync(HttpContext context)
    {
        var receivedAt = _clock.Elapsed;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var request = new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Path.Value ?? "",
            context.Request.Headers.Authorization.FirstOrDefault(),
            body,
            receivedAt,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        int previous;
        lock (_requests)
        {
            previous = _requests.Count(r => r.Method == request.Method && r.RawTarget == request.RawTarget);
            _requests.Enqueue(request);
        }
        var inFlight = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, inFlight);
        try
        {
            await AnswerAsync(context, request, previous);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task AnswerAsync(HttpContext context, RecordedRequest request, int previous)
    {
        if (Latency(request) is { } latency && latency > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(latency, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        var response = Responder(request, previous);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }
        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(response.Body);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
