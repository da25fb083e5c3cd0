using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Builder.Files;
using ReviewBot.Builder.Turns;
using ReviewBot.Interview;
using ReviewBot.Storage;

namespace ReviewBot.ConsoleChat;

public static class ConsoleChatServices
{
    /// <summary>The bot for the console: the same storage and interview as the host, with the console as its channel.</summary>
    public static IServiceCollection AddConsoleChat(this IServiceCollection services, IConfiguration configuration, ConsoleRenderer renderer, string filesFolder)
    {
        services.AddSingleton(renderer);
        services.AddSingleton<IChannelSender, ConsoleChannelSender>();
        services.AddSingleton<IFileDelivery>(new ConsoleFileDelivery(filesFolder));
        services.AddOptions<BotAdapterOptions>().Configure(o => o.TypingDelay = TimeSpan.Zero);
        services.AddReviewBotStorage(configuration);
        services.AddReviewBotInterview(configuration);
        services.AddSingleton<BotAdapter>();
        return services;
    }
}
