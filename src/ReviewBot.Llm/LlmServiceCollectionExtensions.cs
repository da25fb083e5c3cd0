using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Interview.Quality;
using ReviewBot.Llm.Calls;
using ReviewBot.Llm.Prompts;
using ReviewBot.Llm.Usage;

namespace ReviewBot.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the "LLM" section (at start-up) and registers <see cref="ILlmUsage"/>, and — for the interview —
    /// <see cref="IPhraser"/>, <see cref="PhraserInfo"/>, <see cref="IPhrasingUsage"/> and <see cref="IQualityAdvisor"/>:
    /// with a provider, <see cref="LlmPhraser"/>, the one-time disclosure (<see cref="LlmDisclosure"/>), the usage ledger
    /// and <see cref="LlmQualityAdvisor"/>; with None, the built-in phraser and no model at all, exactly as before.
    /// The provider is read when the services are first resolved, so settings sources added after this call count.
    /// Call this BEFORE <c>AddReviewBotInterview</c>, whose TryAdd then keeps these registrations.
    /// </summary>
    public static IServiceCollection AddReviewBotLlm(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton<LlmUsageLedger>();
        services.TryAddSingleton<ILlmUsage>(sp => sp.GetRequiredService<LlmUsageLedger>());

        services.TryAddSingleton(sp => ChatClientFactory.Create(Options(sp)));
        services.TryAddSingleton(sp => PromptCatalog.Load(sp.GetRequiredService<DialogsFolder>().Path));
        services.TryAddSingleton(sp => new LlmTaskRunner(
            sp.GetRequiredService<IChatClient>(),
            sp.GetRequiredService<PromptCatalog>(),
            new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, Options(sp).CacheEntries) }),
            Options(sp),
            sp.GetRequiredService<LlmUsageLedger>(),
            Logger<LlmTaskRunner>(sp)));
        services.TryAddSingleton<IPhraser>(sp => !UsesModel(sp) ? sp.GetRequiredService<BuiltInPhraser>() : new LlmPhraser(
            sp.GetRequiredService<LlmTaskRunner>(),
            sp.GetRequiredService<BuiltInPhraser>(),
            sp.GetRequiredService<PhrasingTemplates>(),
            Options(sp).SoftDeadline,
            Logger<LlmPhraser>(sp),
            sp.GetService<ILatePhrasingSink>()));
        services.TryAddSingleton<IQualityAdvisor>(sp => !UsesModel(sp) ? NoQualityAdvisor.Instance : new LlmQualityAdvisor(
            sp.GetRequiredService<LlmTaskRunner>(),
            sp.GetRequiredService<PhrasingTemplates>(),
            Options(sp).SoftDeadline,
            Logger<LlmQualityAdvisor>(sp)));
        services.TryAddSingleton<IPhrasingUsage>(sp => UsesModel(sp) ? sp.GetRequiredService<LlmUsageLedger>() : NoPhrasingUsage.Instance);
        services.TryAddSingleton(sp => UsesModel(sp) ? PhraserInfo.ForModel(LlmDisclosure.Text(Options(sp))) : PhraserInfo.BuiltIn);
        services.AddHostedService<LlmStartupCheck>();
        return services;
    }

    private static LlmOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<LlmOptions>>().Value;

    private static bool UsesModel(IServiceProvider sp) => Options(sp).Provider != LlmProvider.None;

    private static ILogger<T> Logger<T>(IServiceProvider sp) =>
        sp.GetService<ILoggerFactory>()?.CreateLogger<T>() ?? NullLogger<T>.Instance;
}

/// <summary>Loads the prompts and builds the client at start-up, so a broken prompt file or setting stops the host with its message.</summary>
internal sealed class LlmStartupCheck(IServiceProvider services, IOptions<LlmOptions> options, ILogger<LlmStartupCheck> logger) : Microsoft.Extensions.Hosting.IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider == LlmProvider.None)
        {
            return Task.CompletedTask;
        }
        services.GetRequiredService<PromptCatalog>();
        services.GetRequiredService<IChatClient>();
        var o = options.Value;
        LlmLog.Enabled(logger, o.ModelLabel, o.RedactEnabled, o.TimeoutSeconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
