using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Drafts.Tests.Composition;

public sealed class DraftComposerTests
{
    private static readonly ComposedDocument Team = DraftComposer.Compose(SampleDrafts.Team2023());

    [Fact]
    public void Team_title_line_names_the_unit_and_the_meeting()
    {
        Assert.Equal("某市司法局党组领导班子2023年度主题教育专题民主生活会对照检查材料", Team.Title);
    }

    [Fact]
    public void Parts_come_in_the_genres_order_with_chinese_numbers()
    {
        var headings = Team.Blocks.OfType<SectionHeading>().Select(h => h.Text);

        Assert.Equal(["一、存在的突出问题", "二、原因分析", "三、整改措施和努力方向"], headings);
        Assert.Equal(DocumentPart.Preamble, Team.Blocks[0].Part);
        Assert.IsType<SectionHeading>(Team.Blocks[1]);
    }

    [Fact]
    public void Preamble_is_one_paragraph_in_full_width_punctuation()
    {
        var preamble = Assert.Single(Team.Blocks, b => b.Part == DocumentPart.Preamble);

        Assert.Equal("按照上级关于召开2023年度主题教育专题民主生活会的通知要求，领导班子认真做好会前准备。现将对照检查情况报告如下：", preamble.PlainText);
    }

    [Fact]
    public void Each_aspect_is_one_run_in_paragraph_numbered_yi_to_liu()
    {
        var problems = Team.Blocks.OfType<Paragraph>().Where(p => p.Part == DocumentPart.Problems).ToList();

        Assert.Equal(6, problems.Count);
        Assert.Equal(
            ["（一）在“理论学习”方面的对照检查情况。", "（二）在“政治素质”方面的对照检查情况。", "（三）在“能力本领”方面的对照检查情况。",
             "（四）在“担当作为”方面的对照检查情况。", "（五）在“工作作风”方面的对照检查情况。", "（六）在“廉洁自律”方面的对照检查情况。"],
            problems.Select(p => p.LeadIn));
        Assert.Equal([0, 1, 2, 3, 4, 5], problems.Select(p => p.AspectIndex!.Value));
    }

    [Fact]
    public void Problems_read_yishi_headline_elaboration_then_ru_example()
    {
        var first = Team.Blocks.OfType<Paragraph>().First(p => p.Part == DocumentPart.Problems);

        Assert.Equal(
            "一是理论学习方面的第一条问题还不够扎实。班子在理论学习方面有具体表现，时间是2023年1月。如，1月份的一次会议上出现了这个情况。"
            + "二是理论学习方面的第二条问题有待改进。如，第1季度的一件具体事。",
            first.Body);
    }

    [Fact]
    public void A_problem_without_example_has_no_ru()
    {
        var last = Team.Blocks.OfType<Paragraph>().Last(p => p.Part == DocumentPart.Problems);

        Assert.EndsWith("二是廉洁自律方面的第二条问题有待改进。", last.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Causes_and_measures_have_run_in_numbered_headlines()
    {
        var causes = Team.Blocks.OfType<Paragraph>().Where(p => p.Part == DocumentPart.Causes).ToList();
        var measures = Team.Blocks.OfType<Paragraph>().Where(p => p.Part == DocumentPart.Measures).ToList();

        Assert.Equal(["（一）理论武装还不够深入。", "（二）党性锻炼有所放松。", "（三）宗旨意识有所淡化。", "（四）管党治党责任压得还不够实。"], causes.Select(c => c.LeadIn));
        Assert.Equal("班子自我要求还不够严格", causes[1].Body);
        Assert.Equal(["（一）", "（二）", "（三）", "（四）"], measures.Select(m => m.LeadIn![..3]));
        Assert.Equal("（一）强化理论武装，夯实思想根基。", measures[0].LeadIn);
    }

    [Fact]
    public void Measures_show_owner_and_deadline_in_one_consistent_form()
    {
        var measures = Team.Blocks.OfType<Paragraph>().Where(p => p.Part == DocumentPart.Measures).Select(p => p.Body).ToList();

        Assert.Equal("细化学习计划，每次集中学习确定研讨题目。（责任人：党组书记；完成时限：2024年6月底前）", measures[0]);
        Assert.Equal("严格执行民主集中制。（责任人：【待补：责任人】；完成时限：长期坚持）", measures[1]);
        Assert.Equal("完善联系基层制度。（责任人：办公室；完成时限：【待补：完成时限】）", measures[2]);
        Assert.Equal("深化廉政风险点排查防控。", measures[3]);
    }

    [Fact]
    public void The_whole_text_is_in_chinese_punctuation_without_doubled_marks()
    {
        var text = Team.ToPlainText();

        Assert.DoesNotMatch(@"[,;?!()]|(?<!\d):|(?<!\d)\.(?!\d)", text);
        Assert.DoesNotMatch("。。|，。|，，|；。|如，如，", text);
        Assert.StartsWith(Team.Title + "\n按照上级", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Individual_draft_uses_the_individual_title_and_daitou_headings()
    {
        var document = DraftComposer.Compose(SampleDrafts.Individual2024());
        var problems = document.Blocks.OfType<Paragraph>().Where(p => p.Part == DocumentPart.Problems).ToList();

        Assert.Equal("王某同志在2024年度民主生活会上的个人对照检查材料", document.Title);
        Assert.Equal(2, document.Blocks.Count(b => b.Part == DocumentPart.Preamble));
        Assert.Equal(["（一）在带头严守政治纪律和政治规矩，维护党的团结统一方面。", "（二）在带头履行全面从严治党政治责任方面。"], problems.Select(p => p.LeadIn));
        Assert.Equal([0, 3], problems.Select(p => p.AspectIndex!.Value));
        Assert.Equal("执行请示报告制度还不够严格规范。本人今年有1次先办后报。如，3月的一次外出学习未提前报告。", problems[0].Body);
        Assert.Equal("一是履行“一岗双责”还不够到位。对分管的法律援助中心提醒谈话偏少。二是警示教育的针对性还不够强。如，【待补：具体事例】。", problems[1].Body);
        Assert.EndsWith("（责任人：王某；完成时限：立行立改）", document.Blocks.OfType<Paragraph>().Last().Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Previous_rectification_comes_first_and_shifts_the_numbering()
    {
        var draft = SampleDrafts.Team2023() with { PreviousRectification = "上年度查摆的问题已整改完成8项。\n仍有2项正在推进" };

        var document = DraftComposer.Compose(draft);

        Assert.Equal(["一、上年度民主生活会整改措施落实情况", "二、存在的突出问题", "三、原因分析", "四、整改措施和努力方向"],
            document.Blocks.OfType<SectionHeading>().Select(h => h.Text));
        Assert.Equal(2, document.Blocks.Count(b => b.Part == DocumentPart.PreviousRectification && b is Paragraph));
    }

    [Fact]
    public void Framework_titles_and_arabic_points_and_own_line_headings_are_honoured()
    {
        var draft = SampleDrafts.Team2023() with
        {
            Setup = SampleDrafts.Team2023().Setup with
            {
                Titles = new SectionTitles { Problems = "存在的问题", Causes = "问题产生的原因", Measures = "今后的努力方向", AspectHeading = "在“{name}”方面。" },
                Numbering = new NumberingStyle { Points = PointStyle.Arabic, AspectHeadingOnOwnLine = true },
            },
        };

        var document = DraftComposer.Compose(draft);
        var problems = document.Blocks.OfType<Paragraph>().Where(p => p.Part == DocumentPart.Problems).ToList();

        Assert.Equal(["一、存在的问题", "二、问题产生的原因", "三、今后的努力方向"], document.Blocks.OfType<SectionHeading>().Select(h => h.Text));
        Assert.Equal("某市司法局党组2023年度主题教育专题民主生活会对照检查材料", document.Title);
        Assert.Equal("（一）在“理论学习”方面", problems[0].LeadIn);
        Assert.Equal(string.Empty, problems[0].Body);
        Assert.StartsWith("1.理论学习方面的第一条问题", problems[1].Body, StringComparison.Ordinal);
        Assert.Null(problems[1].LeadIn);
    }

    [Fact]
    public void Empty_parts_keep_their_heading_and_say_what_is_missing()
    {
        var draft = new Draft
        {
            Id = "d3",
            Title = "空白材料",
            Setup = new DraftSetup { Kind = SubjectKind.Member, FrameworkId = "zuzhi", MeetingTitle = "2024年度组织生活会", UnitName = "机关第一党支部", Year = 2024 },
            Aspects = [new AspectSection { AspectId = "a", Name = "政治信仰" }],
        };

        var document = DraftComposer.Compose(draft);

        Assert.Equal("【待补：姓名】同志在2024年度组织生活会上的个人对照检查材料", document.Title);
        Assert.Equal(
            ["一、存在的突出问题", "【待补：存在的突出问题】", "二、原因分析", "【待补：原因分析】", "三、整改措施和努力方向", "【待补：整改措施和努力方向】"],
            document.Blocks.Select(b => b.PlainText));
    }

    [Theory]
    [InlineData("学习不够系统", "本人学了2次", "比如:3月的学习会", "学习不够系统。本人学了2次。如，3月的学习会。")]
    [InlineData("学习不够系统。", "", "如，3月的学习会。", "学习不够系统。如，3月的学习会。")]
    [InlineData("学习不够系统,", "本人学了2次,", null, "学习不够系统。本人学了2次。")]
    public void One_problem_reads_headline_elaboration_example(string headline, string? elaboration, string? example, string expected)
    {
        Assert.Equal(expected, DraftComposer.ComposeProblem(headline, elaboration, example));
    }

    [Fact]
    public void A_unit_already_called_leadership_team_is_not_doubled()
    {
        var draft = SampleDrafts.Team2023() with { Setup = SampleDrafts.Team2023().Setup with { UnitName = "某县审计局领导班子" } };

        Assert.Equal("某县审计局领导班子2023年度主题教育专题民主生活会对照检查材料", DraftComposer.DocumentTitle(draft));
    }
}
