using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Phrasing;
using ReviewBot.TestSupport;

namespace ReviewBot.Llm.Tests.Calls;

/// <summary>Causes, measures and the preamble tell the user in one line when the built-in phrasing answered for the model.</summary>
public sealed class SuggestionNoticeTests : IAsyncLifetime
{
    private ModelStub _stub = null!;

    public async Task InitializeAsync() => _stub = await ModelStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private static List<AspectSection> Aspects() =>
    [
        new() { AspectId = "lilun-xuexi", Name = "理论学习", Problems = [new() { Id = "p1", RawInput = "只学了4次", Headline = "理论学习不够系统", Elaboration = "中心组全年只学了4次。" }] },
    ];

    private static CausesRequest Causes() => new() { Framework = LlmTestKit.Catalog.Get(LlmTestKit.F2023), Kind = SubjectKind.Team, Aspects = Aspects(), DraftId = "d" };

    private static MeasuresRequest Measures() => new() { Framework = LlmTestKit.Catalog.Get(LlmTestKit.F2023), Kind = SubjectKind.Team, Aspects = Aspects(), DraftId = "d" };

    private static PreambleRequest Preamble() => new() { Framework = LlmTestKit.Catalog.Get(LlmTestKit.F2023), Kind = SubjectKind.Team, UnitName = "青山区司法局", Year = 2023 };

    [Fact]
    public async Task Causes_from_a_failing_service_come_from_the_built_in_phrasing_with_the_unavailable_notice()
    {
        _stub.Responder = _ => StubReply.Error(500);
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub));

        var phrased = await rig.Phraser.SuggestCausesAsync(Causes(), CancellationToken.None);

        Assert.Equal(LlmPhraser.UnavailableNotice, phrased.Notice);
        Assert.Equal((await new BuiltInPhraser(LlmTestKit.Templates).SuggestCausesAsync(Causes(), CancellationToken.None)).Value.Select(c => c.Headline), phrased.Value.Select(c => c.Headline));
    }

    [Fact]
    public async Task Measures_from_a_failing_service_come_from_the_built_in_phrasing_with_the_unavailable_notice()
    {
        _stub.Responder = _ => StubReply.Error(503);
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub));

        var phrased = await rig.Phraser.SuggestMeasuresAsync(Measures(), CancellationToken.None);

        Assert.Equal(LlmPhraser.UnavailableNotice, phrased.Notice);
        Assert.NotEmpty(phrased.Value);
        Assert.Contains("（模型暂时不可用", phrased.NoticeLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preamble_slower_than_the_soft_deadline_is_the_built_in_one_with_the_slow_notice()
    {
        _stub.Responder = _ => StubReply.Json(new { preamble = "x" }) with { Delay = TimeSpan.FromSeconds(3) };
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub, o => o.SoftDeadlineSeconds = 1));

        var preamble = await rig.Phraser.ComposePreambleAsync(Preamble(), CancellationToken.None);

        Assert.Equal(LlmPhraser.SlowNotice, preamble.Notice);
        Assert.Equal((await new BuiltInPhraser(LlmTestKit.Templates).ComposePreambleAsync(Preamble(), CancellationToken.None)).Value, preamble.Value);
    }

    [Fact]
    public async Task Without_problems_no_model_is_asked_and_no_notice_is_shown()
    {
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(_stub));
        var empty = Causes() with { Aspects = [new() { AspectId = "lilun-xuexi", Name = "理论学习" }] };

        var phrased = await rig.Phraser.SuggestCausesAsync(empty, CancellationToken.None);

        Assert.Null(phrased.Notice);
        Assert.Equal(string.Empty, phrased.NoticeLine);
        Assert.Empty(_stub.Requests);
    }
}
