using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;
using Xunit.Abstractions;
using static ReviewBot.Interview.Tests.Phrasing.PhrasingTestKit;

namespace ReviewBot.Interview.Tests.Phrasing;

/// <summary>A whole 2023 班子 draft built as the interview will build it: framework → phraser → composer.</summary>
public sealed class FullDraftTests(ITestOutputHelper output)
{
    private static readonly (string AspectId, string Raw)[] Answers =
    [
        ("lilun-xuexi", "今年理论学习中心组只学了4次，很多时候是念文件，没有结合司法行政工作讨论，比如学二十大报告时没研究枫桥经验怎么落地"),
        ("lilun-xuexi", "学习计划基本照搬市委的，没结合我们局的职能细化，比如2023年的计划12个专题只有2个跟司法行政有关"),
        ("zhengzhi-suzhi", "开党组会议的时候，有的班子成员对别人分管的事不发言。比如9:30开始的那次会，讨论的议题有5个，基本都是分管领导一个人说了算"),
        ("zhengzhi-suzhi", "干部考察不够精准，例如今年考察的1名干部任前廉政考试两次不合格"),
        ("nengli-benling", "八五普法开头抓得挺紧的，后来转入常态化就松下来了，例如2023年的普法考核得分只有41.7分，排在全市倒数第二"),
        ("nengli-benling", "抓党建和业务融合不够，比如基层党组织书记述职报告要求班子成员把关，有3位没看就签了"),
        ("dandang-zuowei", "遇到难事有时候绕着走，比如去年10月有个行政复议案件涉及征地，我们一直等上级意见，拖了两个多月"),
        ("dandang-zuowei", "推进法治建设融入基层治理没有先行先试，一直等省厅的方案"),
        ("gongzuo-zuofeng", "我们班子下基层调研少，一年只去了6个司法所，像12348热线的群众投诉，我们也没有认真分析过"),
        ("gongzuo-zuofeng", "那个，给基层的文件太多了，比如上半年发了37个通知，基层老是反映报表多"),
        ("lianjie-zilv", "巡察反馈的问题有3条到现在还没整改完，比如“一岗双责”落实不到位那条，整改方案一直没出"),
        ("lianjie-zilv", "对党员干部八小时外监督不够，比如今年有1名干部因酒驾受到处分"),
    ];

    [Fact]
    public async Task A_six_aspect_team_draft_keeps_every_fact_and_has_the_genres_shape()
    {
        var framework = TestDialogs.Catalog.Get(F2023);
        var setup = framework.CreateSetup(SubjectKind.Team, "某市司法局党组", 2023);
        var aspects = framework.CreateAspectSections();
        var n = 0;
        foreach (var (aspectId, raw) in Answers)
        {
            var section = aspects.Single(a => a.AspectId == aspectId);
            var phrased = await Phraser.PhraseProblemAsync(
                new ProblemRequest
                {
                    Framework = framework,
                    Aspect = framework.FindAspect(aspectId)!,
                    Kind = SubjectKind.Team,
                    RawInput = raw,
                    AvoidHeadlines = section.Problems.Select(p => p.Headline).ToList(),
                },
                CancellationToken.None);
            section.Problems.Add(new ProblemItem
            {
                Id = $"p{++n}",
                RawInput = raw,
                Headline = phrased.Headline,
                Elaboration = phrased.Elaboration,
                Example = phrased.Example,
            });
        }
        var causes = (await Phraser.SuggestCausesAsync(new CausesRequest { Framework = framework, Kind = SubjectKind.Team, Aspects = aspects }, CancellationToken.None)).Value;
        var measures = (await Phraser.SuggestMeasuresAsync(new MeasuresRequest { Framework = framework, Kind = SubjectKind.Team, Aspects = aspects }, CancellationToken.None)).Value;
        var preamble = (await Phraser.ComposePreambleAsync(new PreambleRequest
        {
            Framework = framework, Kind = SubjectKind.Team, UnitName = "某市司法局党组", Year = 2023, OpinionCount = 45, TalkCount = 30,
        }, CancellationToken.None)).Value;
        var draft = new Draft
        {
            Id = "full",
            Title = "2023年度班子对照检查材料",
            Setup = setup,
            Preamble = preamble,
            Aspects = aspects,
            Causes = causes.Select((c, i) => new CauseItem { Id = $"c{i + 1}", DimensionId = c.DimensionId, Headline = c.Headline, Text = c.Text }).ToList(),
            Measures = measures.Select((m, i) => new MeasureItem { Id = $"m{i + 1}", Headline = m.Headline, Text = m.Text, ProblemIds = m.ProblemIds.ToList() }).ToList(),
        };

        var document = DraftComposer.Compose(draft);
        var text = document.ToPlainText();
        output.WriteLine(text);

        Assert.Equal("某市司法局党组领导班子2023年度主题教育专题民主生活会对照检查材料", document.Title);
        Assert.Equal(["一、存在的突出问题", "二、原因分析", "三、整改措施和努力方向"], document.Blocks.OfType<SectionHeading>().Select(h => h.Text));
        var problemParagraphs = document.Blocks.OfType<Paragraph>().Where(p => p.Part == DocumentPart.Problems).ToList();
        Assert.Equal(6, problemParagraphs.Count);
        Assert.All(problemParagraphs, p =>
        {
            Assert.Matches("^（[一二三四五六]）在“.{4}”方面的对照检查情况。$", p.LeadIn);
            Assert.StartsWith("一是", p.Body, StringComparison.Ordinal);
            Assert.Contains("。二是", p.Body, StringComparison.Ordinal);
            Assert.Equal(2, p.Body.Split("如，").Length - 1);
        });
        Assert.All(aspects, a => Assert.Equal(a.Problems.Count, a.Problems.Select(p => p.Headline).Distinct().Count()));
        Assert.DoesNotContain("我们", text, StringComparison.Ordinal);
        foreach (var (_, raw) in Answers)
        {
            Assert.Empty(FactExtractor.MissingFacts(raw, text));
        }
        AssertChinesePunctuation(text);
        AssertNoInventedDigits(string.Concat(Answers.Select(a => a.Raw)) + "2023 45 30", text);

        var outline = DraftOutline.From(draft);
        Assert.Equal(12, outline.ProblemCount);
        Assert.Empty(outline.AspectsWithoutProblems);
        Assert.Empty(outline.ProblemsWithoutMeasure);
        Assert.Equal(["4.2"], outline.ProblemsWithoutExample.Select(p => p.Number));
        Assert.Equal(measures.Count, outline.MeasuresWithoutOwner.Count);
    }
}
