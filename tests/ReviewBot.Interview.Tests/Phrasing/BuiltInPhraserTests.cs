using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Phrasing;
using static ReviewBot.Interview.Tests.Phrasing.PhrasingTestKit;

namespace ReviewBot.Interview.Tests.Phrasing;

public sealed class BuiltInPhraserTests
{
    private const string NoExample = "【待补：具体事例】";

    /// <summary>
    /// Realistic answers as people type them (spoken style, ASCII punctuation, fillers), with the example the phraser
    /// must split off (null: none given) and the facts that must survive word for word.
    /// </summary>
    public static TheoryData<string, string, SubjectKind, string, string?, string[]> Inputs => new()
    {
        { F2023, "lilun-xuexi", SubjectKind.Team,
            "今年理论学习中心组只学了4次，很多时候是念文件，没有结合司法行政工作讨论，比如学二十大报告时没研究枫桥经验怎么落地",
            "学二十大报告时没有研究“枫桥经验”如何落地", ["4次", "枫桥经验", "司法行政", "二十大报告"] },
        { F2023, "lilun-xuexi", SubjectKind.Individual,
            "嗯，我自己学习不够系统，平时忙于事务，挤不出时间，就是说，2023年上半年只读完了《习近平著作选读》第一卷",
            null, ["2023年上半年", "《习近平著作选读》第一卷"] },
        { F2023, "gongzuo-zuofeng", SubjectKind.Team,
            "我们班子下基层调研少，一年只去了6个司法所，像12348热线的群众投诉，我们也没有认真分析过",
            "12348热线的群众投诉，班子也没有认真分析过", ["6个司法所", "12348"] },
        { F2023, "nengli-benling", SubjectKind.Team,
            "八五普法开头抓得挺紧的，后来转入常态化就松下来了，例如2023年的普法考核得分只有41.7分，排在全市倒数第二",
            "2023年的普法考核得分只有41.7分，排在全市倒数第二", ["八五普法", "41.7分", "倒数第二"] },
        { F2023, "lianjie-zilv", SubjectKind.Team,
            "巡察反馈的问题有3条到现在还没整改完，比如“一岗双责”落实不到位那条，整改方案一直没出",
            "“一岗双责”落实不到位那条，整改方案一直没有出", ["3条", "“一岗双责”"] },
        { F2023, "dandang-zuowei", SubjectKind.Individual,
            "遇到难事有时候绕着走，比如去年10月有个行政复议案件涉及征地，我一直等上级意见，拖了两个多月",
            "去年10月有个行政复议案件涉及征地，我一直等上级意见，拖了两个多月", ["10月", "行政复议", "两个多月"] },
        { F2023, "zhengzhi-suzhi", SubjectKind.Team,
            "开党组会议的时候，有的班子成员对别人分管的事不发言。比如9:30开始的那次会，讨论的议题有5个，基本都是分管领导一个人说了算",
            "9:30开始的那次会，讨论的议题有5个，基本都是分管领导一个人说了算", ["9:30", "5个", "党组会议"] },
        { F2023, "gongzuo-zuofeng", SubjectKind.Individual,
            "那个，文件太多了，基层老是反映报表多",
            null, ["报表"] },
        { F2023, "lilun-xuexi", SubjectKind.Team,
            "学习形式比较单一,主要是集中读原文.讨论不够!",
            null, ["读原文"] },
        { F2023, "gongzuo-zuofeng", SubjectKind.Team,
            "我们搞了个\"办事不求人\"专项行动，但是群众满意率只有78%(去年是85%)",
            null, ["“办事不求人”", "78%", "（去年是85%）"] },
        { F2023, "dandang-zuowei", SubjectKind.Team,
            "基层反映的问题我们拖着没办，比如有个村的调解员电话13812345678打了三次都没人回",
            "有个村的调解员电话13812345678打了三次都没有人回", ["13812345678", "三次"] },
        { F2024, "zhengzhi-jilv", SubjectKind.Team,
            "我们党组2024年3月12日的会上，有个\"三重一大\"事项没有集体研究就定了，例如采购执法记录仪的事，金额是23.5万元",
            "采购执法记录仪的事，金额是23.5万元", ["2024年3月12日", "“三重一大”", "23.5万元", "执法记录仪"] },
        { F2024, "dangxing-jilv-zuofeng", SubjectKind.Individual,
            "党纪学习教育结束后我学《中国共产党纪律处分条例》就没再系统学过，譬如今年第二季度一次都没有学",
            "今年第二季度一次都没有学", ["《中国共产党纪律处分条例》", "第二季度"] },
        { F2025, "san-ge-jingwei", SubjectKind.Team,
            "群众打12345投诉窗口办事慢，比如说不动产登记窗口平均要等45分钟，6月份投诉有17件",
            "不动产登记窗口平均要等45分钟，6月份投诉有17件", ["12345", "45分钟", "6月份", "17件", "不动产登记"] },
        { F2025, "ganshi-chuangye", SubjectKind.Team,
            "咱们的数字法治平台建设拖了，原定2025年6月底上线，到现在还没上线，进度滞后了三个多月",
            null, ["数字法治平台", "2025年6月底", "三个多月"] },
        { Zuzhi, "zuoyong-fahui", SubjectKind.Member,
            "我在窗口岗位上，遇到群众情绪激动的时候有点怕麻烦，比如8月有位老人来办社保卡，我让他第二天再来",
            "8月有位老人来办社保卡，我让他第二天再来", ["8月", "社保卡", "第二天"] },
        { Zuzhi, "lilun-xuexi", SubjectKind.Member,
            "学习强国平时坚持得不好，2024年积分只有3200分，看视频多、读原文少",
            null, ["学习强国", "2024年", "3200"] },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Phrasing_keeps_every_fact_and_invents_none(string frameworkId, string aspectId, SubjectKind kind, string raw, string? example, string[] facts)
    {
        var phrased = await Phraser.PhraseProblemAsync(Request(frameworkId, aspectId, kind, raw), CancellationToken.None);
        var text = phrased.ToText();

        Assert.Empty(FactExtractor.MissingFacts(raw, text));
        Assert.All(facts, fact => Assert.Contains(fact, text, StringComparison.Ordinal));
        AssertNoInventedDigits(raw, text);
        Assert.DoesNotMatch(@"\d", phrased.Headline);
        _ = example;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task The_example_is_split_off_as_ru_or_marked_missing(string frameworkId, string aspectId, SubjectKind kind, string raw, string? example, string[] facts)
    {
        var phrased = await Phraser.PhraseProblemAsync(Request(frameworkId, aspectId, kind, raw), CancellationToken.None);

        Assert.Equal(example ?? NoExample, phrased.Example);
        Assert.Contains("如，" + (example ?? NoExample) + "。", phrased.ToText(), StringComparison.Ordinal);
        Assert.Equal(example is null, phrased.Placeholders.Contains(NoExample));
        _ = facts;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Punctuation_is_full_width_and_fillers_are_gone(string frameworkId, string aspectId, SubjectKind kind, string raw, string? example, string[] facts)
    {
        var phrased = await Phraser.PhraseProblemAsync(Request(frameworkId, aspectId, kind, raw), CancellationToken.None);
        var text = phrased.ToText();

        AssertChinesePunctuation(text);
        Assert.DoesNotContain("嗯", text, StringComparison.Ordinal);
        Assert.DoesNotContain("就是说", text, StringComparison.Ordinal);
        Assert.DoesNotContain("那个，", text, StringComparison.Ordinal);
        Assert.EndsWith("。", text, StringComparison.Ordinal);
        _ = (example, facts);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task A_team_speaks_as_the_team_never_as_we(string frameworkId, string aspectId, SubjectKind kind, string raw, string? example, string[] facts)
    {
        var phrased = await Phraser.PhraseProblemAsync(Request(frameworkId, aspectId, kind, raw), CancellationToken.None);

        if (kind == SubjectKind.Team)
        {
            Assert.DoesNotContain("我们", phrased.ToText(), StringComparison.Ordinal);
            Assert.DoesNotContain("咱们", phrased.ToText(), StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("班子", phrased.Elaboration, StringComparison.Ordinal);
        }
        _ = (example, facts);
    }

    [Fact]
    public async Task Headline_comes_from_the_phrase_bank_by_keyword()
    {
        var phrased = await Phraser.PhraseProblemAsync(Request(F2023, "lilun-xuexi", SubjectKind.Team,
            "今年理论学习中心组只学了4次，很多时候是念文件，比如学二十大报告时没研究枫桥经验怎么落地"), CancellationToken.None);

        Assert.Equal("理论学习中心组学习的针对性和实效性不够强", phrased.Headline);
        Assert.Equal(phrased.Headline, phrased.HeadlineChoices[0]);
        Assert.True(phrased.HeadlineChoices.Count >= 3);
        Assert.Equal("今年理论学习中心组只学了4次，很多时候是念文件。", phrased.Elaboration);
    }

    [Fact]
    public async Task A_headline_already_used_in_the_aspect_is_not_given_again()
    {
        var first = await Phraser.PhraseProblemAsync(Request(F2023, "lilun-xuexi", SubjectKind.Team, "中心组学习照搬市委的学习计划"), CancellationToken.None);
        var request = Request(F2023, "lilun-xuexi", SubjectKind.Team, "中心组学习很多时候是念文件") with { AvoidHeadlines = [first.Headline + "。"] };

        var second = await Phraser.PhraseProblemAsync(request, CancellationToken.None);
        var alternative = await Phraser.RephraseProblemAsync(request, second, RephraseStyle.Alternative, CancellationToken.None);

        Assert.Equal("理论学习中心组学习的针对性和实效性不够强", first.Headline);
        Assert.NotEqual(first.Headline, second.Headline);
        Assert.NotEqual(first.Headline, alternative.Headline);
    }

    [Fact]
    public async Task Without_a_matching_bank_entry_the_users_own_judgement_becomes_the_headline()
    {
        var phrased = await Phraser.PhraseProblemAsync(Request(F2023, "lilun-xuexi", SubjectKind.Individual,
            "我对数字政府方面的知识掌握不够，去年开了2次学习会都没听懂"), CancellationToken.None);

        Assert.Equal("对数字政府方面的知识掌握不够", phrased.Headline);
        Assert.Equal("去年开了2次学习会都没有听懂。", phrased.Elaboration);
    }

    [Fact]
    public async Task Subject_is_added_only_where_the_statement_lacks_one()
    {
        var withoutSubject = await Phraser.PhraseProblemAsync(Request(F2023, "dandang-zuowei", SubjectKind.Team,
            "对分管领域的难题研究不多"), CancellationToken.None);
        var withSubject = await Phraser.PhraseProblemAsync(Request(F2023, "dandang-zuowei", SubjectKind.Team,
            "有的班子成员对分管领域的难题研究不多"), CancellationToken.None);
        var individual = await Phraser.PhraseProblemAsync(Request(F2023, "dandang-zuowei", SubjectKind.Individual,
            "今年遇到难事有时候绕着走，怕担责任"), CancellationToken.None);

        Assert.StartsWith("班子对分管领域", withoutSubject.ToText()[(withoutSubject.Headline.Length + 1)..], StringComparison.Ordinal);
        Assert.DoesNotContain("班子有的班子成员", withSubject.ToText(), StringComparison.Ordinal);
        Assert.StartsWith("今年本人遇到难事", individual.Elaboration, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vague_example_gets_a_placeholder_for_the_missing_detail()
    {
        var phrased = await Phraser.PhraseProblemAsync(Request(F2023, "lilun-xuexi", SubjectKind.Team,
            "学习不够深入，比如有的同志学习不认真"), CancellationToken.None);

        Assert.Equal("有的同志学习不认真，【待补：具体时间、事项】", phrased.Example);
        Assert.Contains("【待补：具体时间、事项】", phrased.Placeholders);
    }

    [Fact]
    public async Task Only_an_example_is_enough()
    {
        var phrased = await Phraser.PhraseProblemAsync(Request(F2023, "gongzuo-zuofeng", SubjectKind.Team,
            "比如3月份我们一周开了5个会"), CancellationToken.None);

        Assert.Equal(string.Empty, phrased.Elaboration);
        Assert.Equal("3月份班子一周开了5个会", phrased.Example);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("嗯，那个，")]
    public async Task Empty_or_filler_only_input_is_refused_with_a_chinese_message(string raw)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Phraser.PhraseProblemAsync(Request(F2023, "lilun-xuexi", SubjectKind.Team, raw), CancellationToken.None));

        Assert.Matches("[\u4e00-\u9fff]", error.Message);
    }

    [Fact]
    public async Task Too_long_input_is_refused_naming_the_limit()
    {
        var raw = new string('学', ProblemRequest.MaxRawInputLength + 1);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Phraser.PhraseProblemAsync(Request(F2023, "lilun-xuexi", SubjectKind.Team, raw), CancellationToken.None));

        Assert.Contains(ProblemRequest.MaxRawInputLength.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            Phraser.PhraseProblemAsync(Request(F2023, "lilun-xuexi", SubjectKind.Team, "学习不够"), cts.Token));
    }
}
