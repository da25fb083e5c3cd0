using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.Turns;
using ReviewBot.Host.Composition;
using ReviewBot.Host.Health;
using ReviewBot.Files;
using ReviewBot.Interview;
using ReviewBot.Llm;
using ReviewBot.Protocol.Connector;
using ReviewBot.Storage;

namespace ReviewBot.Host;

/// <summary>
/// What runs behind the messaging endpoint: storage (SQLite by default), the connector client for replies,
/// the interview, the turn adapter and the late delivery of slow model phrasings. Registered with TryAdd, so a
/// test's earlier registration wins.
/// </summary>
public static class HostServices
{
    public const string BotAdapterSection = "BotAdapter";

    public static IServiceCollection AddReviewBotTurnRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotAdapterOptions>().Bind(configuration.GetSection(BotAdapterSection)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAdapterOptions>, BotAdapterOptionsValidator>());
        services.AddReviewBotStorage(configuration);
        services.AddSingleton<IHealthProbe, StorageHealthProbe>();
        services.AddBotConnector(configuration);
        services.TryAddSingleton<IChannelSender, ConnectorChannelSender>();
        services.AddReviewBotFiles(configuration);
        services.AddReviewBotLlm(configuration); // before the interview: its TryAdd keeps the model phraser when LLM:Provider is set
        services.AddReviewBotInterview(configuration);
        services.TryAddSingleton<BotAdapter>();
        services.AddHostedService<LatePhrasingDelivery>(); // a slow model's phrasing reaches the user later, as a proactive turn
        return services;
    }
}
