using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Interview.Quality;

namespace ReviewBot.Interview.Frameworks;

/// <summary>Registers the interview's content: the dialogs/ folder, frameworks, phrasing templates, 空话套话 list, phraser.</summary>
public static class InterviewContentServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="InterviewOptions"/> (bind "Interview" yourself or pass <paramref name="configure"/>), the resolved
    /// <see cref="DialogsFolder"/>, <see cref="FrameworkCatalog"/>, <see cref="PhrasingTemplates"/>,
    /// <see cref="GenericPhraseList"/>, <see cref="WordingErrorList"/>, <see cref="DraftQualityCheck"/> (with <see cref="IQualityAdvisor"/>, none by default), <see cref="BuiltInPhraser"/>, <see cref="IPhraser"/>, <see cref="PhraserInfo"/> and <see cref="IPhrasingUsage"/> (the built-in ones unless
    /// others are registered first). Resolve <see cref="FrameworkCatalog"/> at start-up to fail fast on a bad file.
    /// </summary>
    public static IServiceCollection AddInterviewContent(this IServiceCollection services, Action<InterviewOptions>? configure = null)
    {
        var options = services.AddOptions<InterviewOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        options.Validate(o => !string.IsNullOrWhiteSpace(o.DialogsPath), "Interview:DialogsPath 不能为空 / must not be empty").ValidateOnStart();

        services.TryAddSingleton(sp => new DialogsFolder(DialogsDirectory.Resolve(sp.GetRequiredService<IOptions<InterviewOptions>>().Value.DialogsPath)));
        services.TryAddSingleton(sp => FrameworkCatalog.Load(
            sp.GetRequiredService<DialogsFolder>().Path,
            sp.GetService<ILoggerFactory>()?.CreateLogger<FrameworkCatalog>()));
        services.TryAddSingleton(sp => PhrasingTemplates.Load(sp.GetRequiredService<DialogsFolder>().Path));
        services.TryAddSingleton(sp => GenericPhraseList.Load(sp.GetRequiredService<DialogsFolder>().Path));
        services.TryAddSingleton(sp => WordingErrorList.Load(sp.GetRequiredService<DialogsFolder>().Path));
        services.TryAddSingleton<DraftQualityCheck>();
        services.TryAddSingleton<IQualityAdvisor>(NoQualityAdvisor.Instance);
        services.TryAddSingleton<QualityCheckReply>();
        services.TryAddSingleton(sp => new BuiltInPhraser(sp.GetRequiredService<PhrasingTemplates>()));
        services.TryAddSingleton<IPhraser>(sp => sp.GetRequiredService<BuiltInPhraser>());
        services.TryAddSingleton(PhraserInfo.BuiltIn);
        services.TryAddSingleton<IPhrasingUsage>(NoPhrasingUsage.Instance);
        return services;
    }
}

/// <summary>The resolved, absolute dialogs/ folder.</summary>
public sealed record DialogsFolder(string Path);
