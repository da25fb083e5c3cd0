using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Interview.Quality;
using ReviewBot.TestSupport;

namespace ReviewBot.Llm.Tests.Calls;

/// <summary>review-draft: the model's 体检 suggestions, checked and shown apart from the rule findings.</summary>
public sealed class QualityAdviceTests : IAsyncLifetime
{
    private ModelStub _stub = null!;

    public async Task InitializeAsync() => _stub = await ModelStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private static readonly DraftQualityCheck Rules = new(GenericPhraseList.Load(LlmTestKit.DialogsPath), WordingErrorList.Load(LlmTestKit.DialogsPath));

    private static Draft Sample() => new()
    {
        Id = "draft-9",
        Title = "t",
        Setup = new DraftSetup { Kind = SubjectKind.Team, FrameworkId = LlmTestKit.F2023, MeetingTitle = "2023年度主题教育专题民主生活会", UnitName = "青山区司法局党组", Year = 2023 },
        Preamble = "青山区司法局党组征求意见建议45条。",
        Aspects =
        [
            new AspectSection
            {
                AspectId = "lilun-xuexi", Name = "理论学习",
                Problems = [new ProblemItem { Id = "p1", RawInput = "x", Headline = "理论学习不够深入", Elaboration = "中心组全年只学了4次。" }],
            },
        ],
        Measures = [new MeasureItem { Id = "m1", Headline = "加强学习", Text = "认真学习。", ProblemIds = ["p1"] }],
    };

    private LlmQualityAdvisor Advisor(LlmOptions options)
    {
        var rig = LlmTestKit.Phraser(options);
        return new LlmQualityAdvisor(rig.Runner, LlmTestKit.Templates, options.SoftDeadline, Microsoft.Extensions.Logging.Abstractions.NullLogger<LlmQualityAdvisor>.Instance);
    }

    private static StubReply Suggestions(params (string Item, string Issue, string Suggestion)[] items) =>
        StubReply.Json(new { suggestions = items.Select(i => new { itemNumber = i.Item, issue = i.Issue, suggestion = i.Suggestion }).ToArray() });

    [Fact]
    public async Task Suggestions_on_real_items_are_listed_as_model_suggestions_after_the_rule_findings()
    {
        _stub.Enqueue(Suggestions(("3.1", "措施空泛，无法检查", "写明做什么、到何时，如每月安排一次专题研讨。"), ("1.1.1", "缺少具体事例", "补上哪次学习、学了什么【待补：事例】")));
        var reply = new QualityCheckReply(Rules, Advisor(LlmTestKit.OpenAIOptions(_stub)));

        var text = await reply.ComposeAsync(Sample(), CancellationToken.None);

        var rules = text.IndexOf("**材料体检**", StringComparison.Ordinal);
        var model = text.IndexOf("**模型建议**", StringComparison.Ordinal);
        Assert.True(rules >= 0 && model > rules, text);
        Assert.Contains("- 3.1：措施空泛，无法检查——写明做什么、到何时，如每月安排一次专题研讨。", text[model..], StringComparison.Ordinal);
        Assert.Contains("- 1.1.1：缺少具体事例——补上哪次学习、学了什么【待补：事例】。", text[model..], StringComparison.Ordinal);
        Assert.DoesNotContain("模型建议", text[..model], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_numbers_the_items_hides_the_unit_and_asks_for_the_review_schema()
    {
        _stub.Enqueue(Suggestions());
        var advisor = Advisor(LlmTestKit.AzureOptions(_stub));

        var advice = await advisor.AdviseAsync(QualityAdviceRequest.From(Sample()), CancellationToken.None);

        Assert.Empty(advice!.Suggestions);
        Assert.Null(advice.Notice);
        var request = _stub.Requests.Single();
        Assert.Equal("review_suggestions", request.Json["response_format"]!["json_schema"]!["name"]!.ToString());
        Assert.Contains("\"number\":\"1.1.1\"", request.MessagesText, StringComparison.Ordinal);
        Assert.Contains("\"number\":\"3.1\"", request.MessagesText, StringComparison.Ordinal);
        Assert.DoesNotContain("青山区司法局党组", request.MessagesText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suggestion_on_an_item_that_does_not_exist_is_asked_again_naming_it()
    {
        _stub.Enqueue(Suggestions(("1.9.9", "缺少事例", "补充事例。")), Suggestions(("1.1.1", "缺少事例", "补充事例。")));
        var advisor = Advisor(LlmTestKit.OpenAIOptions(_stub));

        var advice = await advisor.AdviseAsync(QualityAdviceRequest.From(Sample()), CancellationToken.None);

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Contains("1.9.9", _stub.Requests[1].MessagesText, StringComparison.Ordinal);
        Assert.Equal("1.1.1", Assert.Single(advice!.Suggestions).ItemNumber);
    }

    [Fact]
    public async Task A_suggestion_that_brings_a_new_figure_is_refused_and_only_the_rule_findings_remain()
    {
        _stub.Responder = _ => Suggestions(("1.1.1", "学习次数太少", "改为全年学习12次，2024年3月前完成。"));
        var reply = new QualityCheckReply(Rules, Advisor(LlmTestKit.OpenAIOptions(_stub)));

        var text = await reply.ComposeAsync(Sample(), CancellationToken.None);

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Contains("12", _stub.Requests[1].MessagesText[_stub.Requests[1].MessagesText.LastIndexOf("没有通过检查", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("**材料体检**", text, StringComparison.Ordinal);
        Assert.Contains($"（{LlmQualityAdvisor.RejectedNotice}）", text, StringComparison.Ordinal);
        Assert.DoesNotContain("模型建议", text, StringComparison.Ordinal);
        Assert.DoesNotContain("全年学习12次", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_service_leaves_the_rule_findings_and_one_line()
    {
        _stub.Responder = _ => StubReply.Error(500);
        var reply = new QualityCheckReply(Rules, Advisor(LlmTestKit.AzureOptions(_stub)));

        var text = await reply.ComposeAsync(Sample(), CancellationToken.None);

        Assert.StartsWith(QualityReportView.Render(Rules.Check(Sample())), text, StringComparison.Ordinal);
        Assert.EndsWith($"（{LlmQualityAdvisor.UnavailableNotice}）", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_most_five_suggestions_are_shown()
    {
        _stub.Enqueue(Suggestions(Enumerable.Range(0, 8).Select(i => ("1.1.1", $"意见{"一二三四五六七八"[i]}", "改写。")).ToArray()));
        var advisor = Advisor(LlmTestKit.OpenAIOptions(_stub));

        var advice = await advisor.AdviseAsync(QualityAdviceRequest.From(Sample()), CancellationToken.None);

        Assert.Equal(5, advice!.Suggestions.Count);
    }

    [Fact]
    public async Task Without_a_model_the_check_is_the_rule_report_alone()
    {
        var text = await new QualityCheckReply(Rules).ComposeAsync(Sample(), CancellationToken.None);

        Assert.Equal(QualityReportView.Render(Rules.Check(Sample())), text);
    }
}
