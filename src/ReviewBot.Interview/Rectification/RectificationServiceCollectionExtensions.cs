using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReviewBot.Storage;
using ReviewBot.Storage.Records;

namespace ReviewBot.Interview.Rectification;

public static class RectificationServiceCollectionExtensions
{
    /// <summary>
    /// The 整改台账: its tables (migration module "rectification"), the ledger, the commands and the reminder service
    /// (settings in <c>Rectification</c>, validated at start-up). Needs AddReviewBotStorage; without a record database
    /// the commands are simply not offered.
    /// </summary>
    public static IServiceCollection AddRectification(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RectificationOptions>().Bind(configuration.GetSection(RectificationOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RectificationOptions>, RectificationOptionsValidator>());
        services.AddSchemaMigration(RectificationSchema.Version1);
        services.TryAddSingleton<MeasureLedger>();
        services.TryAddSingleton<ReminderStore>();
        services.TryAddSingleton<ProgressReportWriter>();
        services.TryAddSingleton<ImportAttachmentReader>();
        services.TryAddSingleton<ReminderRunner>();
        services.AddHostedService<RectificationReminderService>();
        services.TryAddSingleton(sp => sp.GetService<IRecordDatabase>() is null ? null! : ActivatorUtilities.CreateInstance<RectificationCommands>(sp));
        return services;
    }
}
