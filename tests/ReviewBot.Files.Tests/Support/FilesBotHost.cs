using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Builder.Storage;
using ReviewBot.Builder.Turns;
using ReviewBot.Files.Endpoints;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Tests.Support;

/// <summary>
/// A real web app on 127.0.0.1:0 with the files feature as the host wires it (<c>AddReviewBotFiles</c>,
/// <c>MapFileDownloads</c>), the real <see cref="BotAdapter"/> with <see cref="ExportBot"/>, and a recording sender.
/// Two hosts over the same storage are two runs of the bot (a restart).
/// </summary>
internal sealed class FilesBotHost : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-0000000000aa";

    private FilesBotHost(WebApplication app, IStorage storage, FakeTimeProvider time)
    {
        App = app;
        Storage = storage;
        Time = time;
    }

    public WebApplication App { get; }
    public IStorage Storage { get; }
    public FakeTimeProvider Time { get; }
    public RecordingSender Sender => App.Services.GetRequiredService<RecordingSender>();
    public ExportBot Bot => App.Services.GetRequiredService<ExportBot>();
    public BotAdapter Adapter => App.Services.GetRequiredService<BotAdapter>();
    public string BaseAddress => App.Urls.First();

    public static async Task<FilesBotHost> StartAsync(
        bool withAppId,
        IStorage? storage = null,
        FakeTimeProvider? time = null,
        IDictionary<string, string?>? settings = null)
    {
        storage ??= new MemoryStorage();
        time ??= new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 20, 0, TimeSpan.FromHours(8)));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (withAppId)
        {
            values[FilesOptions.AppIdSetting] = AppId;
            // With an app id the settings demand a public https address; the links then point there, not at this server.
            values.TryAdd("Files:PublicBaseUrl", "https://bot.example.org");
        }
        builder.Configuration.AddInMemoryCollection(values);

        var services = builder.Services;
        services.AddSingleton(storage);
        services.AddSingleton<TimeProvider>(time);
        services.AddReviewBotFiles(builder.Configuration);
        services.AddSingleton<RecordingSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<RecordingSender>());
        services.AddSingleton<ExportBot>();
        services.AddSingleton<IBot>(sp => sp.GetRequiredService<ExportBot>());
        services.Configure<BotAdapterOptions>(o => o.TypingDelay = TimeSpan.Zero);
        services.AddSingleton<BotAdapter>();

        var app = builder.Build();
        app.MapFileDownloads();
        await app.StartAsync();
        return new FilesBotHost(app, storage, time);
    }

    public Task<TurnOutcome> SendAsync(Activity activity) => Adapter.ProcessActivityAsync(activity, CancellationToken.None);

    /// <summary>Says "导出" in the conversation and returns what the bot sent back.</summary>
    public async Task<Activity> ExportAsync(Activity conversation)
    {
        Sender.Clear();
        var outcome = await SendAsync(conversation);
        Assert.Equal(200, outcome.Status);
        return Assert.Single(Sender.Sent);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
