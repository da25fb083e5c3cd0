using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewBot.Host.Messaging;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests;

/// <summary>The host as Program.cs starts it: its own process, real HTTP both ways, a SQLite file in a temp folder.</summary>
public sealed class ProgramTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reviewbot-program-").FullName;
    private readonly ConcurrentQueue<JsonObject> _replies = new();
    private readonly ConcurrentQueue<string?> _replyTraceParents = new();
    private WebApplication? _connector;
    private Uri? _serviceUrl;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _connector = builder.Build();
        _connector.MapPost("/amer/v3/conversations/{conversation}/activities/{activity}", async (HttpContext context) =>
        {
            _replyTraceParents.Enqueue(context.Request.Headers.TraceParent.FirstOrDefault());
            _replies.Enqueue((await JsonNode.ParseAsync(context.Request.Body))!.AsObject());
            return Results.Json(new { id = Guid.NewGuid().ToString("N") }, statusCode: 201);
        });
        await _connector.StartAsync();
        var address = _connector.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        _serviceUrl = new Uri(address.TrimEnd('/') + "/amer/");
    }

    public async Task DisposeAsync()
    {
        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    public async Task Host_process_applies_the_socket_completions_setting_and_answers_a_message(string? setting, bool inline)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string?>
        {
            [InlineSocketCompletions.EnvironmentVariable] = null,
            ["MessagingEndpoint__InlineSocketCompletions"] = setting,
            ["MicrosoftAppId"] = "",
            ["Storage__Provider"] = "Sqlite",
            ["Storage__SqlitePath"] = Path.Combine(_folder, "reviewbot.db"),
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__Console__FormatterName"] = "simple",
        }, timeout.Token);

        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var message = Activities.Message("新建材料", serviceUrl: _serviceUrl!.ToString());
        using var response = await client.PostAsync("/api/messages", new StringContent(message.Json(), Encoding.UTF8, "application/json"), timeout.Token);

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}\n{host.Output}");
        Assert.NotEmpty(_replies);
        Assert.All(_replies, reply => Assert.Equal("message", (string?)reply["type"]));
        Assert.Contains(_replies, reply => ((string?)reply["text"])?.Contains("材料类型") == true);
        Assert.Contains($"socket completions inline {inline}", host.Output);
    }

    [Fact]
    public async Task Replies_carry_no_trace_headers_even_when_the_request_has_a_trace_activity()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["Storage__Provider"] = "Sqlite",
            ["Storage__SqlitePath"] = Path.Combine(_folder, "reviewbot.db"),
            // Makes ASP.NET Core start a request Activity from the incoming traceparent, which HttpClient would propagate.
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        }, timeout.Token);

        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Activities.Message("新建材料", serviceUrl: _serviceUrl!.ToString()).Json(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        using var response = await client.SendAsync(request, timeout.Token);

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}\n{host.Output}");
        Assert.NotEmpty(_replyTraceParents);
        Assert.All(_replyTraceParents, Assert.Null);
    }
}
