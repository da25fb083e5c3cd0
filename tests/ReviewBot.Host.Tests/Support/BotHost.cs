using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Storage;
using ReviewBot.Builder.Turns;

namespace ReviewBot.Host.Tests.Support;

/// <summary>The real bot service on Kestrel at 127.0.0.1 on a free port, with spies in place of the app, storage and connector.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private BotHost(WebApplication app, Uri baseAddress, SpyBot bot, SpyStorage storage, RecordingChannelSender sender)
    {
        App = app;
        BaseAddress = baseAddress;
        Bot = bot;
        Storage = storage;
        Sender = sender;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }
    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public SpyBot Bot { get; }
    public SpyStorage Storage { get; }
    public RecordingChannelSender Sender { get; }

    /// <summary>Nothing reached the app, nothing was stored, nothing was sent.</summary>
    public bool Untouched => Bot.Received.Count == 0 && Storage.Writes == 0 && Sender.Sent.Count == 0;

    public static async Task<BotHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        bool useSpyBot = true)
    {
        var bot = new SpyBot();
        var storage = new SpyStorage();
        var sender = new RecordingChannelSender();
        var app = BuildApp(settings, builder =>
        {
            builder.Services.AddSingleton<IChannelSender>(sender);
            builder.Services.AddSingleton<IStorage>(storage);
            if (useSpyBot)
            {
                builder.Services.AddSingleton<IBot>(bot);
            }
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BotHost(app, new Uri(address), bot, storage, sender);
    }

    /// <summary>Builds (without starting) the app with test defaults: loopback port 0, no app id, no typing indicator, no logging.</summary>
    /// <param name="args">Command-line settings: unlike <paramref name="settings"/> they are read while services are
    /// registered (e.g. LLM:Provider, which decides whether the model phraser is registered at all).</param>
    public static WebApplication BuildApp(IDictionary<string, string?>? settings, Action<WebApplicationBuilder>? configure = null, string[]? args = null) =>
        ReviewBotWebApp.Build(args ?? [], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var merged = new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = "",
                ["MicrosoftAppPassword"] = "",
                ["MicrosoftAppType"] = "",
                ["MicrosoftAppTenantId"] = "",
                ["BotAdapter:TypingDelay"] = "00:00:00",
                // The state store of the host tests is in memory (spies replace it in most tests); file links need a base URL once an app id is set.
                ["Storage:Provider"] = "Memory",
                ["Files:PublicBaseUrl"] = "https://bot.example.test",
                ["Files:SweepInterval"] = "00:00:00",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                merged[key] = value;
            }
            // A bot with an app id also needs its secret to send replies; inbound tests give only the id.
            if (!string.IsNullOrEmpty(merged["MicrosoftAppId"]) && settings?.ContainsKey("MicrosoftAppPassword") != true)
            {
                merged["MicrosoftAppPassword"] = "test-secret";
            }
            builder.Configuration.AddInMemoryCollection(merged);
            builder.Logging.ClearProviders();
            configure?.Invoke(builder);
        });

    public Task<HttpResponseMessage> PostActivityAsync(string json, string? bearerToken = null) =>
        PostAsync(new StringContent(json, Encoding.UTF8, "application/json"), bearerToken);

    public Task<HttpResponseMessage> PostAsync(HttpContent content, string? bearerToken = null, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }
        else if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
