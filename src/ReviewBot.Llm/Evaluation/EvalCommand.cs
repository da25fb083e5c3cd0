using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Llm.Calls;
using ReviewBot.Llm.Prompts;
using ReviewBot.Llm.Usage;

namespace ReviewBot.Llm.Evaluation;

/// <summary>
/// The evaluation command: runs the samples through the built-in phraser and the configured model (no soft deadline:
/// it waits for each answer up to LLM:TimeoutSeconds) and writes the side-by-side report. Settings as for the host:
/// the "LLM" section and Interview:DialogsPath; <c>out</c> (report path, default eval-report.md) and <c>samples</c>
/// (default dialogs/eval/samples.json).
/// </summary>
public static class EvalCommand
{
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(log);
        var options = new LlmOptions();
        configuration.GetSection(LlmOptions.SectionName).Bind(options);
        var validation = new LlmOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            await log.WriteLineAsync("设置有误 / invalid settings:\n" + string.Join("\n", validation.Failures ?? [])).ConfigureAwait(false);
            return 2;
        }
        if (options.Provider == LlmProvider.None)
        {
            await log.WriteLineAsync("请先设置 LLM:Provider（AzureOpenAI 或 OpenAI）及其连接参数 / set LLM:Provider first.").ConfigureAwait(false);
            return 2;
        }

        var dialogs = DialogsDirectory.Resolve(configuration["Interview:DialogsPath"] ?? "dialogs");
        var catalog = FrameworkCatalog.Load(dialogs);
        var templates = PhrasingTemplates.Load(dialogs);
        var generic = GenericPhraseList.Load(dialogs);
        var samples = EvalSamples.Load(configuration["samples"] ?? Path.Combine(dialogs, EvalSamples.DefaultFile), catalog);
        var usage = new LlmUsageLedger();
        using var cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.CacheEntries) });
        var runner = new LlmTaskRunner(ChatClientFactory.Create(options), PromptCatalog.Load(dialogs), cache, options, usage, NullLogger<LlmTaskRunner>.Instance);
        var builtIn = new BuiltInPhraser(templates);
        var model = new LlmPhraser(runner, builtIn, templates, TimeSpan.Zero, NullLogger<LlmPhraser>.Instance);

        await log.WriteLineAsync($"评估 {samples.Count} 条样例，模型 {options.ModelLabel} …").ConfigureAwait(false);
        var rows = await new EvalRunner(model, builtIn, catalog, generic).RunAsync(samples, cancellationToken).ConfigureAwait(false);
        var outPath = Path.GetFullPath(configuration["out"] ?? "eval-report.md");
        await File.WriteAllTextAsync(outPath, EvalReport.Markdown(rows, options.ModelLabel, DateTimeOffset.UtcNow, usage.Total), cancellationToken).ConfigureAwait(false);
        await log.WriteLineAsync($"报告已写入 {outPath}；{usage.Total.ToChineseSummary()}").ConfigureAwait(false);
        return 0;
    }
}
