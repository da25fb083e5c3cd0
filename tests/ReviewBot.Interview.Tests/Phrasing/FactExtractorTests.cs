using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Interview.Tests.Phrasing;

public sealed class FactExtractorTests
{
    [Theory]
    [InlineData("今年理论学习中心组只学了4次", FactKind.Number, "4次")]
    [InlineData("2023年上半年只读完了第一卷", FactKind.Date, "2023年")]
    [InlineData("2024年3月12日的党组会", FactKind.Date, "2024年3月12日")]
    [InlineData("6月份投诉有17件", FactKind.Date, "6月份")]
    [InlineData("9:30开始的那次会", FactKind.Time, "9:30")]
    [InlineData("满意率只有78%", FactKind.Percentage, "78%")]
    [InlineData("考核得分只有41.7分", FactKind.Number, "41.7")]
    [InlineData("金额是23.5万元", FactKind.Number, "23.5万元")]
    [InlineData("打造12348热线", FactKind.PhoneNumber, "12348")]
    [InlineData("调解员电话13812345678", FactKind.PhoneNumber, "13812345678")]
    [InlineData("没研究枫桥经验怎么落地", FactKind.ProperNoun, "枫桥经验")]
    [InlineData("去市司法局汇报", FactKind.ProperNoun, "市司法局")]
    [InlineData("法律援助中心的值班", FactKind.ProperNoun, "法律援助中心")]
    [InlineData("这次党组会议没有上会", FactKind.ProperNoun, "党组会议")]
    [InlineData("学了《中国共产党纪律处分条例》", FactKind.DocumentTitle, "《中国共产党纪律处分条例》")]
    [InlineData("“一岗双责”落实不到位", FactKind.Quoted, "一岗双责")]
    [InlineData("有个\"三重一大\"事项", FactKind.Quoted, "三重一大")]
    [InlineData("拖了两个多月，打了三次", FactKind.Number, "三次")]
    [InlineData("只开了一次会", FactKind.Number, "一次")]
    [InlineData("OA系统经常卡", FactKind.Latin, "OA")]
    public void Facts_are_found_by_kind(string text, FactKind kind, string key)
    {
        var facts = FactExtractor.Extract(text);

        Assert.Contains(facts, f => f.Kind == kind && f.Key == key);
    }

    [Theory]
    [InlineData("大局意识不强")]
    [InlineData("缺乏工作经验")]
    [InlineData("理论学习中心组学习不够")]
    [InlineData("进一步统一思想")]
    [InlineData("学习的系统性和连贯性还不够强")]
    [InlineData("没结合我们局的职能")]
    public void Generic_words_are_not_facts(string text)
    {
        Assert.Empty(FactExtractor.Extract(text));
    }

    [Fact]
    public void Missing_facts_are_reported_and_kept_ones_are_not()
    {
        const string source = "今年中心组只学了4次，比如没研究枫桥经验，12348热线的投诉有17件";

        var missing = FactExtractor.MissingFacts(source, "中心组学习次数偏少。如，没有研究“枫桥经验”，热线投诉较多。");

        Assert.Equal(["4次", "12348", "17件"], missing.Select(f => f.Key));
    }

    [Fact]
    public void Punctuation_and_quote_style_do_not_count_as_losing_a_fact()
    {
        const string source = "有个\"三重一大\"事项, 9:30开会, 满意率78%(去年85%)";

        var missing = FactExtractor.MissingFacts(source, "有个“三重一大”事项，9:30开会，满意率78%（去年85%）。");

        Assert.Empty(missing);
    }

    [Fact]
    public void Writing_a_number_in_words_loses_it()
    {
        Assert.Single(FactExtractor.MissingFacts("只学了4次", "只学了四次"));
        Assert.True(FactExtractor.Keeps("全年只学了4次。", FactExtractor.Extract("只学了4次")[0]));
    }

    [Fact]
    public void Empty_text_has_no_facts()
    {
        Assert.Empty(FactExtractor.Extract(""));
        Assert.Empty(FactExtractor.Extract(null));
    }
}
