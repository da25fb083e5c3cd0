using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Turns;
using ReviewBot.Host;

namespace ReviewBot.Turns.Benchmarks;

/// <summary>
/// The real bot service, composed by <see cref="ReviewBotWebApp.Build"/> and started (settings validated, schema
/// created, hosted services running) on a server that opens no socket; only the connector is replaced. Turns go
/// straight to the <see cref="BotAdapter"/> the messaging endpoint calls.
/// </summary>
internal sealed class InProcessBot : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessBot(WebApplication app, DiscardingChannelSender sender, WarningCounter warnings)
    {
        _app = app;
        Sender = sender;
        Warnings = warnings;
        Adapter = app.Services.GetRequiredService<BotAdapter>();
    }

    public BotAdapter Adapter { get; }
    public DiscardingChannelSender Sender { get; }
    public WarningCounter Warnings { get; }

    public static async Task<InProcessBot> StartAsync(IDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var sender = new DiscardingChannelSender();
        var warnings = new WarningCounter();
        // LLM:Provider is read while services are registered, so it goes in as an argument (see BotHost in the host tests).
        var app = ReviewBotWebApp.Build(["--LLM:Provider=None"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(warnings);
            builder.Services.AddSingleton<IServer, NoServer>();
            builder.Services.AddSingleton<IChannelSender>(sender);
        });
        await app.StartAsync(cancellationToken);
        warnings.Reset(); // "authentication disabled" is expected at start-up; anything later is not
        return new InProcessBot(app, sender, warnings);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Takes Kestrel's place: the host starts, but nothing listens.</summary>
    private sealed class NoServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull =>
            Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
