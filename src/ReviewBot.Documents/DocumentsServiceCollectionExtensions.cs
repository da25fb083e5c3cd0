using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ReviewBot.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DocumentFormatOptions"/> to the <c>Documents</c> section, validates it at start-up (including
    /// that a configured template loads), and registers <see cref="DocxWriter"/> and
    /// <see cref="RectificationTableWriter"/> as singletons.
    /// </summary>
    public static IServiceCollection AddReviewBotDocuments(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DocumentFormatOptions>()
            .BindConfiguration(DocumentFormatOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DocumentFormatOptions>, DocumentFormatOptionsValidator>();
        services.AddSingleton(sp => new DocxWriter(sp.GetRequiredService<IOptions<DocumentFormatOptions>>().Value));
        services.AddSingleton(sp => new RectificationTableWriter(sp.GetRequiredService<IOptions<DocumentFormatOptions>>().Value));
        return services;
    }
}
