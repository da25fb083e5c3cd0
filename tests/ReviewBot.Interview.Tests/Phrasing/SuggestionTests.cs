using System.Text.RegularExpressions;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;
using static ReviewBot.Interview.Tests.Phrasing.PhrasingTestKit;

namespace ReviewBot.Interview.Tests.Phrasing;

public sealed partial class SuggestionTests
{
    private static List<AspectSection> Problems(Framework framework, params (string AspectId, string Id, string Headline, string Raw)[] problems)
    {
        var sections = framework.CreateAspectSections();
        foreach (var p in problems)
        {
            sections.Single(s => s.AspectId == p.AspectId).Problems.Add(new ProblemItem { Id = p.Id, Headline = p.Headline, RawInput = p.Raw });
        }
        return sections;
    }

    private static readonly Framework F = TestDialogs.Catalog.Get(F2023);

    private static readonly List<AspectSection> Sample = Problems(F,
        ("lilun-xuexi", "p1", "理论学习中心组学习的针对性和实效性不够强", "中心组只学了4次"),
        ("lilun-xuexi", "p2", "学用结合、以学促干的成效还不够明显", "没研究枫桥经验怎么落地"),
        ("gongzuo-zuofeng", "p3", "深入基层、联系群众还不够经常", "一年只去了6个司法所，12348热线投诉没分析"),
        ("lianjie-zilv", "p4", "巡察审计反馈问题整改还不够彻底", "巡察反馈的3条问题没整改完"));

    [Fact]
    public async Task Causes_follow_the_dimensions_the_problems_point_to_plus_the_defaults()
    {
        var causes = (await Phraser.SuggestCausesAsync(new CausesRequest { Framework = F, Kind = SubjectKind.Team, Aspects = Sample }, CancellationToken.None)).Value;

        Assert.Equal(["lixiang-xinnian", "dangxing-xiuyang", "zongzhi-yishi", "jilv-guiju"], causes.Select(c => c.DimensionId));
        Assert.Equal(["p1", "p2"], causes[0].ProblemIds);
        Assert.Contains("p3", causes.Single(c => c.DimensionId == "zongzhi-yishi").ProblemIds);
        Assert.Contains("p4", causes.Single(c => c.DimensionId == "jilv-guiju").ProblemIds);
        Assert.DoesNotContain(causes, c => c.DimensionId == "dandang-jingshen");
    }

    [Theory]
    [InlineData(SubjectKind.Team, "班子")]
    [InlineData(SubjectKind.Individual, "本人")]
    public async Task Cause_paragraphs_speak_in_the_subjects_voice_without_facts(SubjectKind kind, string subject)
    {
        var causes = (await Phraser.SuggestCausesAsync(new CausesRequest { Framework = F, Kind = kind, Aspects = Sample }, CancellationToken.None)).Value;

        Assert.All(causes, c =>
        {
            Assert.StartsWith(subject, c.Text, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\d|\{", c.Text + c.Headline);
            Assert.DoesNotContain("枫桥", c.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Without_problems_only_the_default_causes_are_suggested()
    {
        var causes = (await Phraser.SuggestCausesAsync(
            new CausesRequest { Framework = F, Kind = SubjectKind.Team, Aspects = F.CreateAspectSections() }, CancellationToken.None)).Value;

        Assert.Equal(F.CauseDimensions.Where(d => d.Default).Select(d => d.Id), causes.Select(c => c.DimensionId));
        Assert.All(causes, c => Assert.False(c.MatchedProblems));
    }

    [Fact]
    public async Task Measures_answer_every_problem_grouped_by_aspect()
    {
        var measures = (await Phraser.SuggestMeasuresAsync(new MeasuresRequest { Framework = F, Kind = SubjectKind.Team, Aspects = Sample }, CancellationToken.None)).Value;

        Assert.Equal(3, measures.Count);
        Assert.Equal(["p1", "p2"], measures[0].ProblemIds);
        Assert.Equal(["p1", "p2", "p3", "p4"], measures.SelectMany(m => m.ProblemIds));
        Assert.Equal("lilun-wuzhuang", measures[0].DimensionId);
        Assert.StartsWith("针对“理论学习”方面查摆出的问题，", measures[0].Text, StringComparison.Ordinal);
        Assert.All(measures, m =>
        {
            Assert.Matches(FourPlusFour(), m.Headline);
            Assert.Equal("【待补：责任人】", m.Owner);
            Assert.Equal("【待补：完成时限】", m.Deadline);
            Assert.DoesNotMatch(@"\d", m.Text);
        });
    }

    [Fact]
    public async Task Measures_per_problem_use_given_owner_and_deadline_and_vary_headlines()
    {
        var measures = (await Phraser.SuggestMeasuresAsync(new MeasuresRequest
        {
            Framework = F,
            Kind = SubjectKind.Team,
            Aspects = Sample,
            Grouping = MeasureGrouping.ByProblem,
            Owner = "党组书记",
            Deadline = "2024年6月底前",
        }, CancellationToken.None)).Value;

        Assert.Equal(4, measures.Count);
        Assert.All(measures, m => Assert.Single(m.ProblemIds));
        Assert.NotEqual(measures[0].Headline, measures[1].Headline);
        Assert.StartsWith("针对“理论学习中心组学习的针对性和实效性不够强”的问题，", measures[0].Text, StringComparison.Ordinal);
        Assert.All(measures, m => Assert.Equal(("党组书记", "2024年6月底前"), (m.Owner, m.Deadline)));
    }

    [Fact]
    public async Task Custom_aspects_still_get_a_measure()
    {
        var custom = TestDialogs.Catalog.CreateCustom(["联系服务群众", "队伍建设"], SubjectKind.Team, 2024);
        var sections = custom.CreateAspectSections();
        sections[1].Problems.Add(new ProblemItem { Id = "c1", Headline = "干部队伍年龄结构偏大", RawInput = "年轻干部少" });

        var measures = (await Phraser.SuggestMeasuresAsync(new MeasuresRequest { Framework = custom, Kind = SubjectKind.Team, Aspects = sections }, CancellationToken.None)).Value;

        var measure = Assert.Single(measures);
        Assert.Equal(["c1"], measure.ProblemIds);
        Assert.Contains("队伍建设", measure.Text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[\u4e00-\u9fff“”]{4,9}，[\u4e00-\u9fff“”]{4,9}$")]
    private static partial Regex FourPlusFour();
}
