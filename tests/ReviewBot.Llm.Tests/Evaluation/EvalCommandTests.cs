using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using ReviewBot.Llm.Evaluation;
using ReviewBot.TestSupport;

namespace ReviewBot.Llm.Tests.Evaluation;

public sealed class EvalCommandTests : IAsyncLifetime
{
    private ModelStub _stub = null!;
    private readonly string _out = Path.Combine(Path.GetTempPath(), "reviewbot-eval-" + Guid.NewGuid().ToString("N") + ".md");

    public async Task InitializeAsync() => _stub = await ModelStub.StartAsync();

    public async Task DisposeAsync()
    {
        await _stub.DisposeAsync();
        File.Delete(_out);
    }

    /// <summary>A well-behaved stub model: keeps the user's words (placeholders included) as the elaboration.</summary>
    private static StubReply Echo(RecordedRequest request)
    {
        var user = request.Json["messages"]!.AsArray()[1]!["content"]!.ToString();
        var input = JsonNode.Parse(user[user.IndexOf('{', StringComparison.Ordinal)..])!;
        var raw = input["rawInput"]!.ToString();
        return LlmTestKit.ProblemAnswer("对照要求还有差距", raw + "。", "【待补：具体事例】");
    }

    private IConfiguration Settings(params (string, string)[] extra) => new ConfigurationBuilder().AddInMemoryCollection(
        new Dictionary<string, string?>
        {
            ["LLM:Provider"] = "OpenAI",
            ["LLM:BaseUrl"] = new Uri(_stub.BaseAddress, "v1").ToString(),
            ["LLM:Model"] = "stub",
            ["LLM:MaxRetries"] = "0",
            ["Interview:DialogsPath"] = LlmTestKit.DialogsPath,
            ["out"] = _out,
        }.Concat(extra.Select(e => new KeyValuePair<string, string?>(e.Item1, e.Item2)))).Build();

    [Fact]
    public async Task The_report_sets_built_in_and_model_side_by_side_for_every_sample()
    {
        _stub.Responder = Echo;
        var log = new StringWriter();

        var exit = await EvalCommand.RunAsync(Settings(), log, CancellationToken.None);

        Assert.Equal(0, exit);
        var report = await File.ReadAllTextAsync(_out);
        Assert.Contains("| | 内置整理 | 模型 | 内置·更简洁 | 模型·更简洁 |", report, StringComparison.Ordinal);
        Assert.Contains("## 10. dandang-individual-10", report, StringComparison.Ordinal);
        Assert.Contains("事实全部保留：内置 10/10，模型 10/10", report, StringComparison.Ordinal);
        Assert.Contains("村支书王建国打我电话13912345678", report, StringComparison.Ordinal);
        Assert.DoesNotContain(_stub.Requests, r => r.MessagesText.Contains("13912345678", StringComparison.Ordinal));
        Assert.Contains("报告已写入", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_that_loses_facts_shows_as_a_built_in_fallback_in_the_report()
    {
        _stub.Responder = _ => LlmTestKit.ProblemAnswer("对照要求还有差距", "有关工作做得不够。", "【待补：具体事例】");

        var exit = await EvalCommand.RunAsync(Settings(), new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        var report = await File.ReadAllTextAsync(_out);
        Assert.Contains("内置兜底：" + LlmPhraser.RejectedNotice, report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_provider_the_command_explains_what_to_set()
    {
        var log = new StringWriter();
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["out"] = _out }).Build();

        var exit = await EvalCommand.RunAsync(settings, log, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("LLM:Provider", log.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_out));
    }
}
