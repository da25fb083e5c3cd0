using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Llm.Calls;
using ReviewBot.Llm.Prompts;
using ReviewBot.TestSupport;
using ReviewBot.Llm.Usage;

namespace ReviewBot.Llm.Tests;

/// <summary>The repository's dialogs/ content and a phraser wired to a <see cref="ModelStub"/> through the real client libraries.</summary>
public static class LlmTestKit
{
    public const string F2023 = "2023-zhuti-jiaoyu-minzhu-shenghuohui";

    private static readonly Lazy<FrameworkCatalog> LazyCatalog = new(() => FrameworkCatalog.Load(DialogsPath));
    private static readonly Lazy<PhrasingTemplates> LazyTemplates = new(() => PhrasingTemplates.Load(DialogsPath));
    private static readonly Lazy<PromptCatalog> LazyPrompts = new(() => PromptCatalog.Load(DialogsPath));

    public static string DialogsPath => DialogsDirectory.Resolve("dialogs", AppContext.BaseDirectory);

    public static FrameworkCatalog Catalog => LazyCatalog.Value;

    public static PhrasingTemplates Templates => LazyTemplates.Value;

    public static PromptCatalog Prompts => LazyPrompts.Value;

    public static LlmOptions AzureOptions(ModelStub stub, Action<LlmOptions>? edit = null) => Edit(new LlmOptions
    {
        Provider = LlmProvider.AzureOpenAI,
        Endpoint = stub.BaseAddress.ToString(),
        Deployment = "gpt-stub",
        ApiKey = "azure-test-key",
        MaxRetries = 0,
        TimeoutSeconds = 10,
        SoftDeadlineSeconds = 0,
    }, edit);

    public static LlmOptions OpenAIOptions(ModelStub stub, Action<LlmOptions>? edit = null) => Edit(new LlmOptions
    {
        Provider = LlmProvider.OpenAI,
        BaseUrl = new Uri(stub.BaseAddress, "v1").ToString(),
        Model = "qwen-stub",
        ApiKey = "openai-test-key",
        MaxRetries = 0,
        TimeoutSeconds = 10,
        SoftDeadlineSeconds = 0,
    }, edit);

    private static LlmOptions Edit(LlmOptions options, Action<LlmOptions>? edit)
    {
        edit?.Invoke(options);
        return options;
    }

    public sealed record Rig(LlmPhraser Phraser, LlmUsageLedger Usage, LlmTaskRunner Runner);

    public static Rig Phraser(LlmOptions options, ILatePhrasingSink? lateSink = null)
    {
        var usage = new LlmUsageLedger();
        var runner = new LlmTaskRunner(ChatClientFactory.Create(options), Prompts, new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 }),
            options, usage, NullLogger<LlmTaskRunner>.Instance);
        var phraser = new LlmPhraser(runner, new BuiltInPhraser(Templates), Templates, options.SoftDeadline, NullLogger<LlmPhraser>.Instance, lateSink);
        return new Rig(phraser, usage, runner);
    }

    public static ProblemRequest Problem(string raw, string aspectId = "lilun-xuexi", SubjectKind kind = SubjectKind.Team) 
    {
        var framework = Catalog.Get(F2023);
        return new ProblemRequest { Framework = framework, Aspect = framework.FindAspect(aspectId)!, Kind = kind, RawInput = raw, DraftId = "draft-1" };
    }

    /// <summary>A model answer for phrase-problem.</summary>
    public static StubReply ProblemAnswer(string headline, string elaboration, string example) =>
        StubReply.Json(new { headline, elaboration, example, headlineChoices = new[] { headline } });
}
