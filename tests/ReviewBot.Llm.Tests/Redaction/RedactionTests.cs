using ReviewBot.Interview.Phrasing;
using ReviewBot.Llm.Redaction;
using ReviewBot.TestSupport;

namespace ReviewBot.Llm.Tests.Redaction;

public sealed class RedactionTests : IAsyncLifetime
{
    private ModelStub _stub = null!;

    public async Task InitializeAsync() => _stub = await ModelStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public void Same_value_gets_the_same_placeholder_and_is_restored()
    {
        var redactor = new Redactor([("青山区司法局", RedactionKind.Unit), ("张明", RedactionKind.Name)]);

        var hidden = redactor.Redact("张明在青山区司法局值班，张明的手机13812345678，身份证110101199003071234，邮箱zm@example.cn，热线12348照常。");

        Assert.Equal("[NAME_1]在[UNIT_1]值班，[NAME_1]的手机[PHONE_1]，身份证[ID_1]，邮箱[EMAIL_1]，热线12348照常。", hidden);
        Assert.Equal("张明在青山区司法局值班，张明的手机13812345678，身份证110101199003071234，邮箱zm@example.cn，热线12348照常。", redactor.Restore(hidden));
    }

    [Fact]
    public void Longer_terms_are_replaced_before_the_shorter_ones_inside_them()
    {
        var redactor = new Redactor([("司法局", RedactionKind.Term), ("青山区司法局", RedactionKind.Unit)]);

        Assert.Equal("[UNIT_1]和[TERM_1]", redactor.Redact("青山区司法局和司法局"));
    }

    [Fact]
    public void Landlines_with_an_area_code_are_hidden()
    {
        var redactor = new Redactor([]);

        Assert.Equal("电话[PHONE_1]", redactor.Redact("电话0571-87654321"));
    }

    [Fact]
    public async Task Names_and_numbers_leave_as_placeholders_and_come_back_in_the_answer()
    {
        const string raw = "青山区司法局法律援助中心主任张明说，群众打13812345678反映的事拖了3周没办";
        _stub.Responder = request =>
        {
            // A model that works with what it was given: it can only echo the placeholders.
            Assert.Contains("[UNIT_1]", request.MessagesText, StringComparison.Ordinal);
            return LlmTestKit.ProblemAnswer("服务群众的意识还不够强", "[UNIT_1]法律援助中心主任[NAME_1]反映，群众打[PHONE_1]反映的事拖了3周没办。", "【待补：具体事例】");
        };
        var options = LlmTestKit.OpenAIOptions(_stub, o => o.Redact = true);
        var rig = LlmTestKit.Phraser(options);
        var request = LlmTestKit.Problem(raw, "gongzuo-zuofeng") with { UnitName = "青山区司法局", PersonName = "张明" };

        var phrased = await rig.Phraser.PhraseProblemAsync(request, CancellationToken.None);

        var sent = Assert.Single(_stub.Requests).MessagesText;
        Assert.Contains("法律援助中心", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("青山区司法局", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("张明", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", sent, StringComparison.Ordinal);
        Assert.Contains("[NAME_1]", sent, StringComparison.Ordinal);
        Assert.Contains("[PHONE_1]", sent, StringComparison.Ordinal);
        Assert.Equal(PhrasingSource.Llm, phrased.Source);
        Assert.Contains("青山区司法局法律援助中心主任张明", phrased.Elaboration, StringComparison.Ordinal);
        Assert.Contains("13812345678", phrased.Elaboration, StringComparison.Ordinal);
        Assert.Empty(FactExtractor.MissingFacts(raw, phrased.ToText()));
    }

    [Fact]
    public async Task Configured_terms_are_hidden_even_when_the_request_does_not_name_them()
    {
        _stub.Responder = _ => LlmTestKit.ProblemAnswer("调查研究不够深入", "去[TERM_1]调研只有1次。", "【待补：具体事例】");
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub, o => o.RedactTerms = ["柳溪村"]));

        var phrased = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem("去柳溪村调研只有1次", "gongzuo-zuofeng"), CancellationToken.None);

        Assert.DoesNotContain("柳溪村", Assert.Single(_stub.Requests).MessagesText, StringComparison.Ordinal);
        Assert.Contains("柳溪村", phrased.Elaboration, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_redaction_off_the_words_go_as_they_are()
    {
        _stub.Responder = _ => LlmTestKit.ProblemAnswer("调查研究不够深入", "去柳溪村调研只有1次。", "【待补：具体事例】");
        var rig = LlmTestKit.Phraser(LlmTestKit.AzureOptions(_stub, o => { o.Redact = false; o.RedactTerms = ["柳溪村"]; }));

        await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem("去柳溪村调研只有1次", "gongzuo-zuofeng"), CancellationToken.None);

        Assert.Contains("柳溪村", Assert.Single(_stub.Requests).MessagesText, StringComparison.Ordinal);
    }

    [Fact]
    public void Redaction_is_on_by_default_once_a_provider_is_set()
    {
        Assert.False(new LlmOptions().RedactEnabled);
        Assert.True(new LlmOptions { Provider = LlmProvider.OpenAI }.RedactEnabled);
        Assert.False(new LlmOptions { Provider = LlmProvider.OpenAI, Redact = false }.RedactEnabled);
    }
}
