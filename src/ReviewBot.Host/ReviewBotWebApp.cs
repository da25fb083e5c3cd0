using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.Turns;
using ReviewBot.Files.Endpoints;
using ReviewBot.Host.Authentication;
using ReviewBot.Host.Health;
using ReviewBot.Host.Messaging;

namespace ReviewBot.Host;

/// <summary>
/// Composes the bot service: settings, inbound authentication, the turn runtime and the endpoints
/// (<c>POST /api/messages</c>, <c>GET /healthz</c>). Program.cs builds and runs it; tests build it with overrides.
/// </summary>
public static partial class ReviewBotWebApp
{
    public const int DefaultPort = 3978;
    public const string SettingsFile = "appsettings.json";

    /// <param name="args">Command-line arguments (they override settings, e.g. <c>--urls</c>).</param>
    /// <param name="configure">Runs after the default registrations: add settings sources, replace services, set URLs.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = LocateContentRoot(),
        });
        var services = builder.Services;
        services.AddOptions<MessagingEndpointOptions>()
            .Bind(builder.Configuration.GetSection(MessagingEndpointOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MessagingEndpointOptions>, MessagingEndpointOptionsValidator>();
        // Read straight from the settings, not through the validated options: Kestrel's transport is built with the app,
        // and a bad MaxBodyBytes should still fail at start-up with its own message.
        services.AddOptions<SocketTransportOptions>()
            .Configure<IConfiguration>((transport, configuration) => transport.UnsafePreferInlineScheduling =
                MessagingEndpointOptions.ReadSetting(configuration, nameof(MessagingEndpointOptions.InlineScheduling), o => o.InlineScheduling));
        services.AddInboundAuthentication(builder.Configuration);
        services.AddSingleton<ActivityRequestReader>();
        services.AddSingleton<MessagesEndpoint>();
        services.AddScoped<HealthEndpoint>();
        services.AddHostedService<StartupReport>();
        services.AddReviewBotTurnRuntime(builder.Configuration);

        configure?.Invoke(builder);

        ApplyDefaultUrls(builder);
        if (!services.Any(d => d.ServiceType == typeof(IChannelSender)))
        {
            throw new InvalidOperationException(
                "No IChannelSender is registered, so the bot could not send replies. Register the connector client in HostServices (or a test sender in Build's configure callback).");
        }

        var app = builder.Build();
        app.MapPost(MessagesEndpoint.Route, (Microsoft.AspNetCore.Http.HttpContext context) =>
            context.RequestServices.GetRequiredService<MessagesEndpoint>().HandleAsync(context));
        app.MapFileDownloads();
        app.MapGet(HealthEndpoint.Route, (HealthEndpoint endpoint, CancellationToken cancellationToken) => endpoint.HandleAsync(cancellationToken));
        return app;
    }

    /// <summary>
    /// The current directory when it holds appsettings.json (e.g. <c>dotnet run --project src/ReviewBot.Host</c>
    /// from the repository root, so relative paths in settings are relative to the root too); otherwise the
    /// application's directory, which has a copy made at build time.
    /// </summary>
    private static string LocateContentRoot()
    {
        var current = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(current, SettingsFile)) ? current : AppContext.BaseDirectory;
    }

    /// <summary>
    /// Port 3978 unless URLs are configured (<c>Urls</c>, <c>ASPNETCORE_URLS</c>, <c>--urls</c>, <c>HTTP_PORTS</c>,
    /// <c>Kestrel:Endpoints</c>). Without an app id the bot listens on loopback only; with one, on all interfaces.
    /// </summary>
    private static void ApplyDefaultUrls(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (!string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            return;
        }
        var anonymous = string.IsNullOrWhiteSpace(configuration[nameof(BotIdentityOptions.MicrosoftAppId)]);
        builder.WebHost.UseUrls(anonymous ? $"http://localhost:{DefaultPort}" : $"http://0.0.0.0:{DefaultPort}");
    }

    /// <summary>Logs the security-relevant mode once at start-up (after the settings were validated).</summary>
    private sealed partial class StartupReport(
        IOptions<BotIdentityOptions> identity,
        IOptions<MessagingEndpointOptions> endpoint,
        ILogger<StartupReport> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (identity.Value.AuthenticationEnabled)
            {
                var appType = identity.Value.MicrosoftAppType;
                LogAuthenticationEnabled(string.IsNullOrWhiteSpace(appType) ? BotIdentityOptions.MultiTenant : appType, endpoint.Value.MaxBodyBytes);
            }
            else
            {
                LogAuthenticationDisabled();
            }
            LogScheduling(endpoint.Value.InlineScheduling, InlineSocketCompletions.IsRequested,
                SocketEngineThreads.Requested?.ToString(CultureInfo.InvariantCulture) ?? "runtime default");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "Authentication disabled: MicrosoftAppId is empty. Only requests from this machine with a loopback serviceUrl (Agents Playground, Emulator) are processed. Never run like this in production.")]
        private partial void LogAuthenticationDisabled();

        [LoggerMessage(Level = LogLevel.Information, Message = "Inbound authentication enabled ({AppType}); request bodies limited to {MaxBodyBytes} bytes")]
        private partial void LogAuthenticationEnabled(string appType, int maxBodyBytes);

        [LoggerMessage(Level = LogLevel.Information, Message = "Scheduling: requests inline {InlineScheduling}, socket completions inline {InlineSocketCompletions}, socket engine threads {SocketEngineThreads}")]
        private partial void LogScheduling(bool inlineScheduling, bool inlineSocketCompletions, string socketEngineThreads);
    }
}
