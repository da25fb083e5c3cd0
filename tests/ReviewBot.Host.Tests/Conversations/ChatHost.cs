using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Builder.Turns;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Conversations;

/// <summary>
/// The real bot (the interview, the SQLite store, file delivery) on Kestrel at 127.0.0.1 on a free port; only the
/// connector is replaced by a recording sender. Start a second one over the same file to simulate a restart.
/// </summary>
public sealed class ChatHost : IAsyncDisposable
{
    private bool _stopped;
    private bool _ownsDatabase;

    private ChatHost(WebApplication app, Uri baseAddress, RecordingChannelSender sender, string sqlitePath)
    {
        App = app;
        BaseAddress = baseAddress;
        Sender = sender;
        SqlitePath = sqlitePath;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }
    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public RecordingChannelSender Sender { get; }
    public string SqlitePath { get; }

    /// <summary>A fresh SQLite file in the temp folder (deleted by <see cref="TempFolder"/> owners, or left for the OS).</summary>
    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "reviewbot-conv-" + Guid.NewGuid().ToString("N"), "bot.db");

    /// <param name="configure">Runs after the test defaults (e.g. to capture logs).</param>
    /// <param name="args">Command-line settings, read while services are registered (see <see cref="BotHost.BuildApp"/>).</param>
    public static async Task<ChatHost> StartAsync(
        string? sqlitePath = null, IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null, string[]? args = null)
    {
        var path = sqlitePath ?? NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var sender = new RecordingChannelSender();
        var merged = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = path,
            ["Files:SweepInterval"] = "00:00:00",
            // Links point at this host itself (no app id, so no public base URL is needed).
            ["Files:PublicBaseUrl"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }
        var app = BotHost.BuildApp(merged, builder =>
        {
            builder.Services.AddSingleton<IChannelSender>(sender);
            configure?.Invoke(builder);
        }, args);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new ChatHost(app, new Uri(address), sender, path) { _ownsDatabase = sqlitePath is null };
    }

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        if (_ownsDatabase)
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(SqlitePath)!, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
