using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Phrasing;
using static ReviewBot.Interview.Tests.Phrasing.PhrasingTestKit;

namespace ReviewBot.Interview.Tests.Phrasing;

public sealed class RephraseTests
{
    private const string Raw = "今年理论学习中心组只学了4次，很多时候是念文件，没有结合司法行政工作讨论，比如学二十大报告时没研究枫桥经验怎么落地";

    private static ProblemRequest Request() => PhrasingTestKit.Request(F2023, "lilun-xuexi", SubjectKind.Team, Raw);

    [Theory]
    [InlineData(RephraseStyle.MoreFormal)]
    [InlineData(RephraseStyle.MoreConcise)]
    [InlineData(RephraseStyle.MoreSpecific)]
    [InlineData(RephraseStyle.Alternative)]
    public async Task Every_style_keeps_every_fact(RephraseStyle style)
    {
        var first = await Phraser.PhraseProblemAsync(Request(), CancellationToken.None);

        var again = await Phraser.RephraseProblemAsync(Request(), first, style, CancellationToken.None);

        Assert.Empty(FactExtractor.MissingFacts(Raw, again.ToText()));
        AssertNoInventedDigits(Raw, again.ToText());
        AssertChinesePunctuation(again.ToText());
        Assert.Equal(style, again.Style);
    }

    [Fact]
    public async Task Another_wording_cycles_through_the_headline_choices()
    {
        var first = await Phraser.PhraseProblemAsync(Request(), CancellationToken.None);

        var second = await Phraser.RephraseProblemAsync(Request(), first, RephraseStyle.Alternative, CancellationToken.None);
        var third = await Phraser.RephraseProblemAsync(Request(), second, RephraseStyle.Alternative, CancellationToken.None);

        Assert.Equal(first.HeadlineChoices[1], second.Headline);
        Assert.Equal(first.HeadlineChoices[2], third.Headline);
        Assert.Equal(first.Elaboration, second.Elaboration);
    }

    [Fact]
    public async Task More_formal_adds_a_formal_lead_and_written_words()
    {
        var first = await Phraser.PhraseProblemAsync(Request(), CancellationToken.None);

        var formal = await Phraser.RephraseProblemAsync(Request(), first, RephraseStyle.MoreFormal, CancellationToken.None);

        Assert.StartsWith(Templates.FormalLeads[0], formal.Elaboration, StringComparison.Ordinal);
        Assert.Contains("仅学了4次", formal.Elaboration, StringComparison.Ordinal);
        Assert.Contains("照本宣科", formal.Elaboration, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_concise_is_shorter_and_drops_only_factless_description()
    {
        var first = await Phraser.PhraseProblemAsync(Request(), CancellationToken.None);

        var concise = await Phraser.RephraseProblemAsync(Request(), first, RephraseStyle.MoreConcise, CancellationToken.None);

        Assert.True(concise.ToText().Length < first.ToText().Length);
        Assert.DoesNotContain("念文件", concise.Elaboration, StringComparison.Ordinal);
        Assert.Contains("没有结合司法行政工作讨论", concise.Elaboration, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_specific_asks_for_figures_the_statement_lacks()
    {
        var request = PhrasingTestKit.Request(F2023, "gongzuo-zuofeng", SubjectKind.Team, "下基层调研少，群众反映的问题跟进不及时");
        var first = await Phraser.PhraseProblemAsync(request, CancellationToken.None);

        var specific = await Phraser.RephraseProblemAsync(request, first, RephraseStyle.MoreSpecific, CancellationToken.None);

        Assert.Contains(Templates.Placeholders.FactDetail, specific.Elaboration, StringComparison.Ordinal);
        Assert.Equal(Templates.Placeholders.Example, specific.Example);
    }

    [Theory]
    [InlineData("更正式", RephraseStyle.MoreFormal)]
    [InlineData("更简洁", RephraseStyle.MoreConcise)]
    [InlineData("具体一点", RephraseStyle.MoreSpecific)]
    [InlineData("换个说法。", RephraseStyle.Alternative)]
    public void Styles_are_understood_from_their_chinese_labels(string text, RephraseStyle expected)
    {
        Assert.True(RephraseStyles.TryParse(text, out var style));
        Assert.Equal(expected, style);
        Assert.False(RephraseStyles.TryParse("采用", out _));
    }
}
