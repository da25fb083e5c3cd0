using ReviewBot.Interview.Phrasing;
using ReviewBot.TestSupport;

namespace ReviewBot.Llm.Tests.Calls;

public sealed class RequestShapeTests : IAsyncLifetime
{
    private ModelStub _stub = null!;

    public async Task InitializeAsync() => _stub = await ModelStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private const string Raw = "今年理论学习中心组只学了4次，很多时候是念文件，比如学习《关于加强基层治理的意见》时没有结合枫桥经验讨论";

    [Fact]
    public async Task Azure_request_goes_to_the_deployment_with_api_version_api_key_messages_and_json_schema()
    {
        _stub.Enqueue(LlmTestKit.ProblemAnswer("理论学习的深度还不够", "理论学习中心组全年只学了4次，多是念文件。", "学习《关于加强基层治理的意见》时没有结合枫桥经验讨论"));
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub, o => o.ApiVersion = "2024-10-21"));

        await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("/openai/deployments/gpt-stub/chat/completions", request.Path);
        Assert.Contains("api-version=2024-10-21", request.Query, StringComparison.Ordinal);
        Assert.Equal("azure-test-key", request.Header("api-key"));
        Assert.Null(request.Header("authorization"));
        AssertBody(request);
    }

    [Fact]
    public async Task OpenAI_compatible_request_goes_to_v1_with_bearer_model_messages_and_json_schema()
    {
        _stub.Enqueue(LlmTestKit.ProblemAnswer("理论学习的深度还不够", "理论学习中心组全年只学了4次，多是念文件。", "学习《关于加强基层治理的意见》时没有结合枫桥经验讨论"));
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub));

        await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer openai-test-key", request.Header("authorization"));
        Assert.Equal("qwen-stub", request.Json["model"]!.ToString());
        AssertBody(request);
    }

    private static void AssertBody(RecordedRequest request)
    {
        var body = request.Json;
        var messages = body["messages"]!.AsArray();
        Assert.Equal("system", messages[0]!["role"]!.ToString());
        Assert.Equal("user", messages[1]!["role"]!.ToString());
        Assert.Contains("不编造", messages[0]!["content"]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("枫桥经验", messages[1]!["content"]!.ToString(), StringComparison.Ordinal);
        var format = body["response_format"]!;
        Assert.Equal("json_schema", format["type"]!.ToString());
        Assert.Equal("phrased_problem", format["json_schema"]!["name"]!.ToString());
        Assert.NotNull(format["json_schema"]!["schema"]!["properties"]!["headline"]);
    }

    [Fact]
    public async Task A_good_answer_is_used_and_marked_as_the_model_s()
    {
        _stub.Enqueue(LlmTestKit.ProblemAnswer("理论学习的深度还不够。", "理论学习中心组全年只学了4次，多是念文件", "如，学习《关于加强基层治理的意见》时没有结合枫桥经验讨论。"));
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub));

        var phrased = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Equal(PhrasingSource.Llm, phrased.Source);
        Assert.Null(phrased.Notice);
        Assert.Equal("理论学习的深度还不够", phrased.Headline);
        Assert.Equal("理论学习中心组全年只学了4次，多是念文件。", phrased.Elaboration);
        Assert.Equal("学习《关于加强基层治理的意见》时没有结合枫桥经验讨论", phrased.Example);
        Assert.Empty(FactExtractor.MissingFacts(Raw, phrased.ToText()));
    }

    [Fact]
    public async Task Tokens_are_recorded_against_the_draft()
    {
        _stub.Enqueue(LlmTestKit.ProblemAnswer("理论学习的深度还不够", "理论学习中心组全年只学了4次。", "学习《关于加强基层治理的意见》时没有结合枫桥经验讨论") with { PromptTokens = 120, CompletionTokens = 30 });
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub));

        await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        var usage = rig.Usage.ForDraft("draft-1");
        Assert.Equal(1, usage.Calls);
        Assert.Equal(120, usage.InputTokens);
        Assert.Equal(30, usage.OutputTokens);
        Assert.Equal(0, rig.Usage.ForDraft("another").Calls);
    }
}
