using System.Net;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Protocol.Auth;

namespace ReviewBot.Protocol.Connector;

public static partial class BotConnectorServiceCollectionExtensions
{
    /// <summary>The named HttpClient MSAL uses for the token endpoint.</summary>
    public const string MsalHttpClientName = MsalHttpClientFactory.HttpClientName;

    /// <summary>
    /// Registers the outbound Bot Connector: <see cref="BotCredentialsOptions"/> from the root keys and
    /// <see cref="ConnectorOptions"/> from section <c>Connector</c> (both validated at start-up), the
    /// <see cref="IConnectorTokenProvider"/> chosen by <c>MicrosoftAppId</c>/<c>MicrosoftAppType</c>, the HttpClient with
    /// retries and per-conversation rate limits, and the singleton <see cref="ConnectorClient"/>.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ConnectorClient)))
        {
            return services; // a second call would stack a second retry handler on the HttpClient
        }
        services.AddOptions<BotCredentialsOptions>().Bind(configuration).ValidateOnStart();
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConnectorTokenProvider>(CreateTokenProvider);
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddSingleton<ConversationGate>();
        services.TryAddSingleton<ConversationRateLimiter>();
        services.TryAddTransient<ConversationRateLimitHandler>();
        services.TryAddSingleton<ConnectorClient>();

        services.AddHttpClient(MsalHttpClientName);
        var connectorHttp = services.AddHttpClient(ConnectorClient.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.Retry.TotalTimeout + TimeSpan.FromSeconds(5))
            // No redirects: a redirect could carry the call (and, with some handlers, the token) off the allow-list.
            // ConnectorClient keeps one client (and so one handler chain), so connections are renewed here instead of by
            // the factory's handler rotation, and DNS changes still take effect. Cookies are never kept or sent.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = ConnectorClient.ConnectionLifetime,
                UseCookies = false,
            })
            // The factory's request/response loggers write only at Information and below (the default configuration
            // keeps System.Net.Http.HttpClient at Warning) but open a log scope per call; ConnectorClient logs its own
            // outcomes, retries and failures.
            .RemoveAllLoggers();
        connectorHttp.AddResilienceHandler(ConnectorResilience.PipelineName, (pipeline, context) =>
                ConnectorResilience.Configure(pipeline,
                    context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value.Retry,
                    context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorClient))));
        // Added after the resilience handler, so it runs inside it: every attempt waits for the rate limit.
        connectorHttp.AddHttpMessageHandler<ConversationRateLimitHandler>();
        return services;
    }

    private static IConnectorTokenProvider CreateTokenProvider(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;
        var loggers = provider.GetRequiredService<ILoggerFactory>();
        if (!options.HasAppId)
        {
            LogAnonymous(loggers.CreateLogger(typeof(ConnectorClient)));
            return new AnonymousTokenProvider();
        }
        return options.AppType == BotAppType.UserAssignedMSI
            ? new ManagedIdentityTokenProvider(
                new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.MicrosoftAppId)),
                options.ToChannelFromBotOAuthScope,
                provider.GetRequiredService<TimeProvider>(),
                loggers.CreateLogger<ManagedIdentityTokenProvider>())
            : new MsalTokenProvider(options, new MsalHttpClientFactory(provider.GetRequiredService<IHttpClientFactory>()),
                loggers.CreateLogger<MsalTokenProvider>());
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No MicrosoftAppId configured: outbound calls carry no token and go only to loopback serviceUrls (local development)")]
    private static partial void LogAnonymous(ILogger logger);
}
