using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Phrasing;
using ReviewBot.TestSupport;

namespace ReviewBot.Llm.Tests.Calls;

public sealed class SuggestionTests : IAsyncLifetime
{
    private ModelStub _stub = null!;

    public async Task InitializeAsync() => _stub = await ModelStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private static List<AspectSection> Aspects() =>
    [
        new() { AspectId = "lilun-xuexi", Name = "理论学习", Problems = [new() { Id = "p1", RawInput = "只学了4次", Headline = "理论学习不够系统", Elaboration = "中心组全年只学了4次。", Example = "学习时多是念文件" }] },
        new() { AspectId = "gongzuo-zuofeng", Name = "工作作风", Problems = [new() { Id = "p2", RawInput = "调研少", Headline = "调查研究不够深入", Elaboration = "下基层调研偏少。" }] },
    ];

    private static CausesRequest Causes() => new() { Framework = LlmTestKit.Catalog.Get(LlmTestKit.F2023), Kind = SubjectKind.Team, Aspects = Aspects(), DraftId = "d" };

    private static MeasuresRequest Measures(string? owner = null) => new()
    {
        Framework = LlmTestKit.Catalog.Get(LlmTestKit.F2023), Kind = SubjectKind.Team, Aspects = Aspects(), Owner = owner, DraftId = "d",
    };

    [Fact]
    public async Task Causes_from_the_model_keep_their_links_to_the_problems()
    {
        _stub.Enqueue(StubReply.Json(new
        {
            causes = new[] { new { dimensionId = "lixiang-xinnian", headline = "理想信念有所松懈", text = "我们对理论学习的重要性认识不足。", problemIds = new[] { "p1" } } },
        }));
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub));

        var phrased = await rig.Phraser.SuggestCausesAsync(Causes(), CancellationToken.None);

        Assert.Null(phrased.Notice);
        var cause = Assert.Single(phrased.Value);
        Assert.Equal("lixiang-xinnian", cause.DimensionId);
        Assert.Equal(["p1"], cause.ProblemIds);
        Assert.True(cause.MatchedProblems);
        Assert.Equal("cause_suggestions", _stub.Requests[0].Json["response_format"]!["json_schema"]!["name"]!.ToString());
    }

    [Fact]
    public async Task Causes_on_unknown_dimensions_are_asked_again_then_the_built_in_ones_answer()
    {
        _stub.Responder = _ => StubReply.Json(new { causes = new[] { new { dimensionId = "made-up", headline = "x", text = "y。", problemIds = new[] { "p1" } } } });
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub));

        var phrased = await rig.Phraser.SuggestCausesAsync(Causes(), CancellationToken.None);
        var causes = phrased.Value;

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Equal(LlmPhraser.SuggestionsRejectedNotice, phrased.Notice);
        var builtIn = (await new BuiltInPhraser(LlmTestKit.Templates).SuggestCausesAsync(Causes(), CancellationToken.None)).Value;
        Assert.Equal(builtIn.Select(c => (c.DimensionId, c.Headline, string.Join(",", c.ProblemIds))), causes.Select(c => (c.DimensionId, c.Headline, string.Join(",", c.ProblemIds))));
    }

    [Fact]
    public async Task Measures_take_owner_and_deadline_from_the_user_never_from_the_model()
    {
        _stub.Enqueue(StubReply.Json(new
        {
            measures = new[]
            {
                new { dimensionId = "lilun-wuzhuang", headline = "强化理论武装，夯实思想根基", text = "制定中心组学习计划，每次学习安排专题研讨。", problemIds = new[] { "p1" } },
                new { dimensionId = "zuofeng-jianshe", headline = "深入调查研究，改进工作作风", text = "班子成员分片联系基层，调研情况在党组会上通报。", problemIds = new[] { "p2" } },
            },
        }));
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub));

        var measures = (await rig.Phraser.SuggestMeasuresAsync(Measures(owner: "班子成员"), CancellationToken.None)).Value;

        Assert.Equal(2, measures.Count);
        Assert.All(measures, m => Assert.Equal("班子成员", m.Owner));
        Assert.All(measures, m => Assert.Contains("【待补", m.Deadline, StringComparison.Ordinal));
        Assert.Equal(["p2"], measures[1].ProblemIds);
    }

    [Fact]
    public async Task Measures_that_leave_a_problem_unanswered_are_asked_again_naming_it()
    {
        var partial = StubReply.Json(new { measures = new[] { new { dimensionId = "lilun-wuzhuang", headline = "强化理论武装，夯实思想根基", text = "制定学习计划。", problemIds = new[] { "p1" } } } });
        _stub.Responder = _ => partial;
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub));

        var measures = (await rig.Phraser.SuggestMeasuresAsync(Measures(), CancellationToken.None)).Value;

        Assert.Contains("p2", _stub.Requests[1].Json["messages"]!.AsArray()[3]!["content"]!.ToString(), StringComparison.Ordinal);
        Assert.Contains(measures, m => m.ProblemIds.Contains("p2"));
    }

    private static PreambleRequest Preamble() => new()
    {
        Framework = LlmTestKit.Catalog.Get(LlmTestKit.F2023), Kind = SubjectKind.Team, UnitName = "青山区司法局", Year = 2023, OpinionCount = 12,
    };

    [Fact]
    public async Task The_polished_preamble_must_keep_the_facts_and_the_placeholders()
    {
        var builtIn = (await new BuiltInPhraser(LlmTestKit.Templates).ComposePreambleAsync(Preamble(), CancellationToken.None)).Value;
        Assert.Contains("【待补", builtIn, StringComparison.Ordinal);
        _stub.Responder = request =>
        {
            // Echo the (redacted) draft back: every fact and placeholder is kept.
            var input = System.Text.Json.Nodes.JsonNode.Parse(request.Json["messages"]!.AsArray()[1]!["content"]!.ToString()[(request.Json["messages"]!.AsArray()[1]!["content"]!.ToString().IndexOf('{'))..])!;
            return StubReply.Json(new { preamble = input["draft"]!.ToString() });
        };
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub));

        var preamble = (await rig.Phraser.ComposePreambleAsync(Preamble(), CancellationToken.None)).Value;

        Assert.Equal(builtIn, preamble);
        Assert.DoesNotContain("青山区司法局", _stub.Requests[0].MessagesText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preamble_that_drops_a_placeholder_is_not_used()
    {
        _stub.Responder = _ => StubReply.Json(new { preamble = "[UNIT_1]领导班子认真开展了会前准备，征求意见建议12条。" });
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub));

        var phrased = await rig.Phraser.ComposePreambleAsync(Preamble(), CancellationToken.None);
        var preamble = phrased.Value;

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Equal(LlmPhraser.RejectedNotice, phrased.Notice);
        Assert.Equal((await new BuiltInPhraser(LlmTestKit.Templates).ComposePreambleAsync(Preamble(), CancellationToken.None)).Value, preamble);
    }
}
