using ReviewBot.Interview.Phrasing;
using ReviewBot.TestSupport;

namespace ReviewBot.Llm.Tests.Calls;

public sealed class FailureModeTests : IAsyncLifetime
{
    private const string Raw = "今年理论学习中心组只学了4次，很多时候是念文件";
    private ModelStub _stub = null!;

    public async Task InitializeAsync() => _stub = await ModelStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private static StubReply Good => LlmTestKit.ProblemAnswer("理论学习的深度还不够", "理论学习中心组全年只学了4次，很多时候是念文件。", "【待补：具体事例】");

    [Fact]
    public async Task Malformed_json_is_asked_again_once_and_the_second_answer_is_used()
    {
        _stub.Enqueue(new StubReply { Content = "好的，以下是整理结果：理论学习不够" }, Good);
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub));

        var phrased = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Equal(PhrasingSource.Llm, phrased.Source);
        Assert.Equal(2, _stub.Requests.Count);
        var second = _stub.Requests[1].Json["messages"]!.AsArray();
        Assert.Equal(4, second.Count);
        Assert.Equal("assistant", second[2]!["role"]!.ToString());
        Assert.Contains("JSON", second[3]!["content"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_twice_falls_back_to_the_built_in_phrasing_with_a_notice()
    {
        _stub.Responder = _ => new StubReply { Content = "{\"headline\": " };
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub));

        var phrased = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Equal(PhrasingSource.BuiltIn, phrased.Source);
        Assert.Equal(LlmPhraser.RejectedNotice, phrased.Notice);
        Assert.Equal(2, _stub.Requests.Count);
        Assert.Empty(FactExtractor.MissingFacts(Raw, phrased.ToText()));
        Assert.Equal(1, rig.Usage.Total.Fallbacks);
    }

    [Fact]
    public async Task An_answer_that_drops_the_user_s_facts_is_asked_again_naming_them_then_falls_back()
    {
        _stub.Responder = _ => LlmTestKit.ProblemAnswer("理论学习的深度还不够", "理论学习中心组学习次数偏少，很多时候是念文件。", "【待补：具体事例】");
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub));

        var phrased = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Equal(2, _stub.Requests.Count);
        var reask = _stub.Requests[1].Json["messages"]!.AsArray()[3]!["content"]!.ToString();
        Assert.Contains("漏掉了用户说过的：4次", reask, StringComparison.Ordinal);
        Assert.Equal(PhrasingSource.BuiltIn, phrased.Source);
        Assert.Equal(LlmPhraser.RejectedNotice, phrased.Notice);
        Assert.Contains("4次", phrased.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_drops_a_fact_then_keeps_it_on_the_re_ask_is_used()
    {
        _stub.Enqueue(LlmTestKit.ProblemAnswer("理论学习的深度还不够", "学习次数偏少。", "【待补：具体事例】"), Good);
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub));

        var phrased = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Equal(PhrasingSource.Llm, phrased.Source);
        Assert.Contains("4次", phrased.Elaboration, StringComparison.Ordinal);
        Assert.Equal(2, rig.Usage.ForDraft("draft-1").Calls);
    }

    [Fact]
    public async Task An_answer_that_invents_a_figure_is_rejected()
    {
        _stub.Responder = _ => LlmTestKit.ProblemAnswer("理论学习的深度还不够", "理论学习中心组全年只学了4次，出勤率仅60%，很多时候是念文件。", "【待补：具体事例】");
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub));

        var phrased = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Contains("60%", _stub.Requests[1].Json["messages"]!.AsArray()[3]!["content"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(PhrasingSource.BuiltIn, phrased.Source);
        Assert.DoesNotContain("60%", phrased.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_is_retried_after_the_Retry_After_delay()
    {
        _stub.Enqueue(StubReply.Error(429, retryAfter: "1"), Good);
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub, o => o.MaxRetries = 1));

        var phrased = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Equal(PhrasingSource.Llm, phrased.Source);
        var requests = _stub.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(requests[1].At - requests[0].At).TotalMilliseconds} ms, before Retry-After");
    }

    [Fact]
    public async Task Too_many_requests_on_Azure_is_retried_too()
    {
        _stub.Enqueue(StubReply.Error(429, retryAfter: "1"), Good);
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub, o => o.MaxRetries = 1));

        var phrased = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Equal(PhrasingSource.Llm, phrased.Source);
        Assert.Equal(2, _stub.Requests.Count);
    }

    [Fact]
    public async Task Server_errors_are_retried_then_the_built_in_phrasing_answers_with_a_notice()
    {
        _stub.Responder = _ => StubReply.Error(500);
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub, o => o.MaxRetries = 1));

        var phrased = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Equal(PhrasingSource.BuiltIn, phrased.Source);
        Assert.Equal(LlmPhraser.UnavailableNotice, phrased.Notice);
        Assert.Contains("4次", phrased.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_slower_than_the_timeout_gives_way_to_the_built_in_phrasing()
    {
        _stub.Responder = _ => Good with { Delay = TimeSpan.FromSeconds(30) };
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub, o => o.TimeoutSeconds = 1));

        var phrased = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Equal(PhrasingSource.BuiltIn, phrased.Source);
        Assert.Equal(LlmPhraser.UnavailableNotice, phrased.Notice);
    }

    [Fact]
    public async Task An_unreachable_service_gives_way_to_the_built_in_phrasing()
    {
        var options = LlmTestKit.OpenAIOptions(_stub, o => o.BaseUrl = "http://127.0.0.1:1/v1");
        var rig = LlmTestKit.Phraser(options);

        var phrased = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Equal(PhrasingSource.BuiltIn, phrased.Source);
        Assert.Equal(LlmPhraser.UnavailableNotice, phrased.Notice);
    }

    [Fact]
    public async Task The_caller_s_cancellation_is_not_swallowed()
    {
        _stub.Responder = _ => Good with { Delay = TimeSpan.FromSeconds(30) };
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), cts.Token));
    }

    [Fact]
    public async Task A_repeated_request_is_answered_from_the_cache_without_a_second_call()
    {
        _stub.Enqueue(Good);
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub));

        var first = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);
        var second = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Single(_stub.Requests);
        Assert.Equal(first, second);
        Assert.Equal(PhrasingSource.Llm, second.Source);
        Assert.Equal(1, rig.Usage.Total.CacheHits);
    }

    [Fact]
    public async Task A_different_request_is_not_served_from_the_cache()
    {
        _stub.Responder = _ => Good;
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub));

        await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);
        await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw + "。"), CancellationToken.None);

        Assert.Equal(2, _stub.Requests.Count);
    }

    [Fact]
    public async Task A_model_slower_than_the_soft_deadline_lets_the_turn_go_on_and_its_answer_lands_in_the_cache()
    {
        _stub.Enqueue(Good with { Delay = TimeSpan.FromSeconds(2) });
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub, o => o.SoftDeadlineSeconds = 1));

        var first = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Equal(PhrasingSource.BuiltIn, first.Source);
        Assert.Equal(LlmPhraser.SlowNotice, first.Notice);
        for (var i = 0; i < 100 && rig.Usage.Total.Calls == 0; i++)
        {
            await Task.Delay(100);
        }
        var second = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);
        Assert.Equal(PhrasingSource.Llm, second.Source);
        Assert.Single(_stub.Requests);
    }
}
