using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.Files;
using ReviewBot.Files.Delivery;
using ReviewBot.Files.Links;
using ReviewBot.Files.Storage;

namespace ReviewBot.Files;

public static class FilesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IFileDelivery"/> (<see cref="ChannelFileDelivery"/>: Teams file consent in personal chats
    /// when <c>MicrosoftAppId</c> is set, download links elsewhere), the link store over the app's
    /// <see cref="Builder.Storage.IStorage"/> (registered by the host), the expired-file sweep and the <c>Files</c>
    /// settings, validated at start-up. Registrations use TryAdd: one made earlier wins, e.g. the console's own
    /// <see cref="IFileDelivery"/>; extra <see cref="IFileDeliveryStrategy"/> registrations are tried before the link.
    /// </summary>
    public static IServiceCollection AddReviewBotFiles(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FilesOptions>()
            .Bind(configuration.GetSection(FilesOptions.SectionName))
            .PostConfigure(o => o.BotHasAppId = !string.IsNullOrWhiteSpace(configuration[FilesOptions.AppIdSetting]))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FilesOptions>, FilesOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(TeamsFileUploader.HttpClientName);

        services.TryAddSingleton<ExpiringFileStore>();
        services.TryAddSingleton<IDownloadStore, StorageDownloadStore>();
        services.TryAddSingleton<PendingUploadStore>();
        services.TryAddSingleton<PublicBaseUrl>();
        services.TryAddSingleton<TeamsFileUploader>();
        services.TryAddSingleton<DownloadLinkDelivery>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFileDeliveryStrategy, TeamsFileConsentDelivery>());
        services.TryAddSingleton<IFileDelivery, ChannelFileDelivery>();
        services.AddHostedService<ExpiredFileSweeper>();
        return services;
    }
}
