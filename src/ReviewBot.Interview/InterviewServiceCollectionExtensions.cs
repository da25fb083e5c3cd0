using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewBot.Builder.Turns;
using ReviewBot.Documents;
using ReviewBot.Interview.Dialogs;
using ReviewBot.Interview.Dialogs.Aspects;
using ReviewBot.Interview.Dialogs.Views;
using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Interview.Rectification;

namespace ReviewBot.Interview;

public static class InterviewServiceCollectionExtensions
{
    /// <summary>
    /// The interview as the bot: content from dialogs/ (validated at start-up), the phraser (built-in unless another
    /// IPhraser is registered first), the Word writers, the dialogs and <see cref="InterviewBot"/> as <see cref="IBot"/>.
    /// Also the <see cref="LatePhrasingQueue"/> (as <see cref="ILatePhrasingSink"/>) and <see cref="LatePhrasingTurn"/>:
    /// they stay idle until a host opens the queue and runs its arrivals as proactive turns.
    /// </summary>
    public static IServiceCollection AddReviewBotInterview(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddInterviewContent(o => configuration.GetSection(InterviewOptions.SectionName).Bind(o));
        services.AddReviewBotDocuments();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InterviewContext>();
        services.TryAddSingleton<DraftPreview>();
        services.TryAddSingleton<InterviewDialogs>();
        services.TryAddSingleton<LatePhrasingQueue>();
        services.TryAddSingleton<ILatePhrasingSink>(sp => sp.GetRequiredService<LatePhrasingQueue>());
        services.TryAddSingleton<LatePhrasingTurn>();
        services.AddRectification(configuration);
        services.TryAddSingleton<IBot, InterviewBot>();
        services.AddHostedService<InterviewContentCheck>();
        return services;
    }
}

/// <summary>Loads the dialogs/ content at start-up so a broken framework file stops the host with its message, not the first user.</summary>
internal sealed class InterviewContentCheck(FrameworkCatalog catalog) : Microsoft.Extensions.Hosting.IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => catalog.Frameworks.Count > 0 ? Task.CompletedTask : throw new InvalidOperationException("dialogs/ 中没有可用的框架文件。");

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
