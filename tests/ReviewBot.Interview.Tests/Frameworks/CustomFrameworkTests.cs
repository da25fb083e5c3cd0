using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Frameworks;

namespace ReviewBot.Interview.Tests.Frameworks;

public sealed class CustomFrameworkTests
{
    [Fact]
    public void A_typed_list_is_split_and_cleaned()
    {
        var names = Framework.ParseAspectList("1.理论学习、（二）政治素质；“作风建设”方面\n四是廉洁自律等四个方面");

        Assert.Equal(["理论学习", "政治素质", "作风建设", "廉洁自律"], names);
    }

    [Fact]
    public void Known_aspects_keep_their_phrase_bank_and_new_ones_get_the_template()
    {
        var framework = TestDialogs.Catalog.CreateCustom(["理论学习", "政治忠诚", "作风建设"], SubjectKind.Team, 2024);

        Assert.True(framework.IsCustom);
        Assert.Equal(Framework.CustomId, framework.Id);
        Assert.Equal("2024年度民主生活会", framework.MeetingTitleFor(2024));
        Assert.Equal(["理论学习", "政治忠诚", "作风建设"], framework.Aspects.Select(a => a.Name));
        Assert.Equal("lilun-xuexi", framework.Aspects[0].Id);
        Assert.Contains(framework.Aspects[0].PhraseBank, p => p.Text == "理论学习中心组学习的针对性和实效性不够强");
        Assert.Equal("zhengzhi-zhongcheng", framework.Aspects[1].Id);
        Assert.Equal("custom-3", framework.Aspects[2].Id);
        Assert.Contains("作风建设", framework.Aspects[2].Questions[0], StringComparison.Ordinal);
        Assert.All(framework.Aspects[2].PhraseBank, p => Assert.DoesNotContain("{name}", p.Text, StringComparison.Ordinal));
        Assert.NotEmpty(framework.CauseDimensions);
        Assert.Equal("在“{name}”方面的对照检查情况。", framework.SectionTitles.AspectHeading);
    }

    [Fact]
    public void Custom_framework_serves_the_chosen_kind_with_its_titles()
    {
        var framework = TestDialogs.Catalog.CreateCustom(["学习教育", "作用发挥"], SubjectKind.Member, 2025);

        var setup = framework.CreateSetup(SubjectKind.Member, "机关第二党支部", 2025, new PersonInfo("李某", null, null));

        Assert.Equal("2025年度组织生活会", setup.MeetingTitle);
        Assert.Equal("{name}同志在{unit}{meetingTitle}上的个人对照检查材料", setup.Titles.DocumentTitle);
        Assert.Equal(2, framework.CreateAspectSections().Count);
    }

    [Fact]
    public async Task The_preamble_of_a_custom_framework_lists_the_typed_aspects()
    {
        var framework = TestDialogs.Catalog.CreateCustom(["理论学习", "作风建设"], SubjectKind.Team, 2024, "2024年度专题民主生活会");

        var text = (await Phrasing.PhrasingTestKit.Phraser.ComposePreambleAsync(new ReviewBot.Interview.Phrasing.PreambleRequest
        {
            Framework = framework,
            Kind = SubjectKind.Team,
            UnitName = "某局党组",
            Year = 2024,
        }, CancellationToken.None)).Value;

        Assert.Contains("召开2024年度专题民主生活会", text, StringComparison.Ordinal);
        Assert.Contains("从理论学习、作风建设两个方面逐项检视", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" |、|1.")]
    public void An_empty_list_is_refused_with_a_chinese_message(string joined)
    {
        var names = joined.Length == 0 ? [] : joined.Split('|');

        var error = Assert.Throws<ArgumentException>(() => TestDialogs.Catalog.CreateCustom(names, SubjectKind.Team));

        Assert.StartsWith("请至少输入一个对照方面", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_or_too_long_aspects_are_refused()
    {
        var many = Enumerable.Range(1, Framework.MaxCustomAspects + 1).Select(i => $"方面{i}甲").ToArray();

        Assert.Contains("最多", Assert.Throws<ArgumentException>(() => TestDialogs.Catalog.CreateCustom(many, SubjectKind.Team)).Message, StringComparison.Ordinal);
        Assert.Contains("太长", Assert.Throws<ArgumentException>(() =>
            TestDialogs.Catalog.CreateCustom([new string('学', Framework.MaxCustomAspectLength + 1)], SubjectKind.Team)).Message, StringComparison.Ordinal);
    }
}
