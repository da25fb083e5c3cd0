using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Phrasing;
using static ReviewBot.Interview.Tests.Phrasing.PhrasingTestKit;

namespace ReviewBot.Interview.Tests.Phrasing;

public sealed class PreambleTests
{
    private static async Task<string> Compose(string frameworkId, SubjectKind kind, string unit, int year, PersonInfo? person = null, int? opinions = null, int? talks = null) =>
        (await Phraser.ComposePreambleAsync(new PreambleRequest
        {
            Framework = TestDialogs.Catalog.Get(frameworkId),
            Kind = kind,
            UnitName = unit,
            Year = year,
            Person = person,
            OpinionCount = opinions,
            TalkCount = talks,
        }, CancellationToken.None)).Value;

    [Fact]
    public async Task Team_preamble_for_2023_has_every_piece_in_order()
    {
        var text = await Compose(F2023, SubjectKind.Team, "某市司法局党组", 2023, opinions: 45, talks: 30);

        Assert.StartsWith("按照上级关于召开2023年度主题教育专题民主生活会的通知要求，领导班子", text, StringComparison.Ordinal);
        Assert.Contains("“学思想、强党性、重实践、建新功”", text, StringComparison.Ordinal);
        Assert.Contains("党章、党的二十大报告、《习近平著作选读》第一卷、第二卷、《习近平新时代中国特色社会主义思想专题摘编》等内容", text, StringComparison.Ordinal);
        Assert.Contains("意见建议45条", text, StringComparison.Ordinal);
        Assert.Contains("谈心谈话30人次", text, StringComparison.Ordinal);
        Assert.Contains("理论学习、政治素质、能力本领、担当作为、工作作风、廉洁自律六个方面", text, StringComparison.Ordinal);
        Assert.EndsWith("现将对照检查情况报告如下：", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("会前", StringComparison.Ordinal) < text.IndexOf("意见建议", StringComparison.Ordinal));
        AssertChinesePunctuation(text);
    }

    [Fact]
    public async Task Counts_not_given_become_placeholders_never_numbers()
    {
        var text = await Compose(F2023, SubjectKind.Team, "某市司法局党组", 2023);

        Assert.Contains("意见建议【待补：征求意见条数】条", text, StringComparison.Ordinal);
        Assert.Contains("谈心谈话【待补：谈心谈话人次】人次", text, StringComparison.Ordinal);
        AssertNoInventedDigits("2023", text);
    }

    [Fact]
    public async Task Individual_preamble_uses_the_first_person_and_the_portfolio_when_given()
    {
        var withPortfolio = await Compose(F2024, SubjectKind.Individual, "某市司法局党组", 2024, new PersonInfo("王某", "副局长", "法律援助和公证"));
        var withoutPortfolio = await Compose(F2024, SubjectKind.Individual, "某市司法局党组", 2024, new PersonInfo("王某", "局长", null));

        Assert.Contains("本人结合分管的法律援助和公证工作，对照“四个带头”的要求", withPortfolio, StringComparison.Ordinal);
        Assert.Contains("本人对照“四个带头”的要求", withoutPortfolio, StringComparison.Ordinal);
        Assert.DoesNotContain("分管领域", withoutPortfolio, StringComparison.Ordinal);
        Assert.EndsWith("现将个人对照检查情况报告如下：", withPortfolio, StringComparison.Ordinal);
        Assert.DoesNotContain("领导班子", withPortfolio, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_2025_preamble_counts_five_daitou_and_includes_case_study()
    {
        var text = await Compose(F2025, SubjectKind.Team, "某县财政局党组", 2025, opinions: 12, talks: 8);

        Assert.Contains("“五个带头”", text, StringComparison.Ordinal);
        Assert.Contains("反面典型案例", text, StringComparison.Ordinal);
        Assert.Contains("2025年度民主生活会", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_preamble_names_the_branch_and_the_year()
    {
        var text = await Compose(Zuzhi, SubjectKind.Member, "机关第一党支部", 2024, new PersonInfo("张某", null, null), opinions: 6);

        Assert.StartsWith("按照机关第一党支部关于召开2024年度组织生活会的安排，本人", text, StringComparison.Ordinal);
        Assert.Contains("政治信仰、党员意识、理论学习、能力本领、作用发挥、纪律作风六个方面", text, StringComparison.Ordinal);
        AssertChinesePunctuation(text);
    }
}
