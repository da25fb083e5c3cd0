using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewBot.Builder.Storage;
using ReviewBot.Builder.Turns;

namespace ReviewBot.Host;

/// <summary>
/// The turn runtime behind the messaging endpoint, in one place so the integrator can swap parts.
/// Everything is registered with TryAdd: a registration made earlier (or a later Replace) wins.
/// </summary>
public static class HostServices
{
    public const string BotAdapterSection = "BotAdapter";

    public static IServiceCollection AddReviewBotTurnRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotAdapterOptions>().Bind(configuration.GetSection(BotAdapterSection));

        // State: in memory until the storage providers (SQLite default, PostgreSQL) are wired in.
        services.TryAddSingleton<IStorage, MemoryStorage>();

        // The application: a placeholder until the interview replaces it.
        services.TryAddSingleton<IBot, WelcomePlaceholderBot>();

        // Outbound: IChannelSender is deliberately not registered here; it comes with the connector client.
        // ReviewBotWebApp.Build refuses to start without one.

        services.TryAddSingleton<BotAdapter>();
        return services;
    }
}
