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
using ReviewBot.Llm.Calls;
using ReviewBot.Llm.Prompts;
using ReviewBot.Llm.Usage;

namespace ReviewBot.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the "LLM" section (at start-up) and registers <see cref="ILlmUsage"/>. When
    /// <c>LLM:Provider</c> is not None, also the <see cref="IChatClient"/>, the prompts from dialogs/prompts/ and
    /// <see cref="LlmPhraser"/> as <see cref="IPhraser"/> — call this BEFORE <c>AddReviewBotInterview</c>, whose
    /// TryAdd then keeps it. With None nothing else is registered and the built-in phraser answers as before.
    /// </summary>
    public static IServiceCollection AddReviewBotLlm(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(LlmOptions.SectionName);
        services.AddOptions<LlmOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton<LlmUsageLedger>();
        services.TryAddSingleton<ILlmUsage>(sp => sp.GetRequiredService<LlmUsageLedger>());

        var provider = section.GetValue<LlmProvider?>(nameof(LlmOptions.Provider)) ?? LlmProvider.None;
        if (provider == LlmProvider.None)
        {
            return services;
        }
        services.TryAddSingleton(sp => ChatClientFactory.Create(sp.GetRequiredService<IOptions<LlmOptions>>().Value));
        services.TryAddSingleton(sp => PromptCatalog.Load(sp.GetRequiredService<DialogsFolder>().Path));
        services.TryAddSingleton(sp => new LlmTaskRunner(
            sp.GetRequiredService<IChatClient>(),
            sp.GetRequiredService<PromptCatalog>(),
            new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, sp.GetRequiredService<IOptions<LlmOptions>>().Value.CacheEntries) }),
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            sp.GetRequiredService<LlmUsageLedger>(),
            Logger<LlmTaskRunner>(sp)));
        services.TryAddSingleton<IPhraser>(sp => new LlmPhraser(
            sp.GetRequiredService<LlmTaskRunner>(),
            sp.GetRequiredService<BuiltInPhraser>(),
            sp.GetRequiredService<PhrasingTemplates>(),
            sp.GetRequiredService<IOptions<LlmOptions>>().Value.SoftDeadline,
            Logger<LlmPhraser>(sp),
            sp.GetService<ILatePhrasingSink>()));
        services.AddHostedService<LlmStartupCheck>();
        return services;
    }

    private static ILogger<T> Logger<T>(IServiceProvider sp) =>
        sp.GetService<ILoggerFactory>()?.CreateLogger<T>() ?? NullLogger<T>.Instance;
}

/// <summary>Loads the prompts and builds the client at start-up, so a broken prompt file or setting stops the host with its message.</summary>
internal sealed class LlmStartupCheck(IServiceProvider services, IOptions<LlmOptions> options, ILogger<LlmStartupCheck> logger) : Microsoft.Extensions.Hosting.IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<PromptCatalog>();
        services.GetRequiredService<IChatClient>();
        var o = options.Value;
        LlmLog.Enabled(logger, o.ModelLabel, o.RedactEnabled, o.TimeoutSeconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
