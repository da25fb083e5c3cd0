using ReviewBot.Drafts.Model;

namespace ReviewBot.Drafts.Tests.Composition;

/// <summary>Hand-written drafts as the interview would leave them (test data, not product text).</summary>
public static class SampleDrafts
{
    private static readonly string[] Aspects2023 = ["理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律"];

    /// <summary>A 2023 班子 draft: six aspects × two problems, four causes, four measures.</summary>
    public static Draft Team2023()
    {
        var aspects = Aspects2023.Select((name, i) => new AspectSection
        {
            AspectId = $"a{i + 1}",
            Name = name,
            Problems =
            [
                Problem($"a{i + 1}-1", $"{name}方面的第一条问题还不够扎实", $"班子在{name}方面有具体表现,时间是2023年{i + 1}月。", $"如，{i + 1}月份的一次会议上出现了这个情况"),
                Problem($"a{i + 1}-2", $"{name}方面的第二条问题有待改进。", null, i == 5 ? null : $"第{i + 1}季度的一件具体事"),
            ],
        }).ToList();
        return new Draft
        {
            Id = "d1",
            Title = "2023年班子材料",
            Setup = new DraftSetup
            {
                Kind = SubjectKind.Team,
                FrameworkId = "2023-zhuti-jiaoyu-minzhu-shenghuohui",
                MeetingTitle = "2023年度主题教育专题民主生活会",
                UnitName = "某市司法局党组",
                Year = 2023,
                Titles = new SectionTitles { DocumentTitle = "{unit}领导班子{meetingTitle}对照检查材料" },
            },
            Preamble = "按照上级关于召开2023年度主题教育专题民主生活会的通知要求,领导班子认真做好会前准备。现将对照检查情况报告如下:",
            Aspects = aspects,
            Causes =
            [
                new CauseItem { Id = "c1", Headline = "理论武装还不够深入", Text = "班子对党的创新理论学习不够系统。" },
                new CauseItem { Id = "c2", Headline = "党性锻炼有所放松。", Text = "班子自我要求还不够严格" },
                new CauseItem { Id = "c3", Headline = "宗旨意识有所淡化", Text = "班子站在群众角度考虑不够。" },
                new CauseItem { Id = "c4", Headline = "管党治党责任压得还不够实", Text = "班子压力传导还不够到位。" },
            ],
            Measures =
            [
                new MeasureItem { Id = "m1", Headline = "强化理论武装，夯实思想根基", Text = "细化学习计划，每次集中学习确定研讨题目。", ProblemIds = ["a1-1", "a1-2"], Owner = "党组书记", Deadline = new Deadline(DeadlineKind.Date, new DateOnly(2024, 6, 30), "2024年6月底前") },
                new MeasureItem { Id = "m2", Headline = "提高政治站位，增强政治定力", Text = "严格执行民主集中制。", ProblemIds = ["a2-1", "a2-2"], Deadline = new Deadline(DeadlineKind.Ongoing, null, "") },
                new MeasureItem { Id = "m3", Headline = "改进工作作风，密切联系群众", Text = "完善联系基层制度", ProblemIds = ["a3-1", "a3-2", "a4-1", "a4-2", "a5-1", "a5-2"], Owner = "办公室" },
                new MeasureItem { Id = "m4", Headline = "压实管党治党责任，坚守廉洁底线", Text = "深化廉政风险点排查防控。", ProblemIds = ["a6-1"] },
            ],
        };
    }

    /// <summary>A 2024 个人 draft (带头 headings), two aspects with problems and two without.</summary>
    public static Draft Individual2024() => new()
    {
        Id = "d2",
        Title = "王某个人发言提纲",
        Setup = new DraftSetup
        {
            Kind = SubjectKind.Individual,
            FrameworkId = "2024-niandu-minzhu-shenghuohui",
            MeetingTitle = "2024年度民主生活会",
            UnitName = "某市司法局党组",
            Year = 2024,
            Person = new PersonInfo("王某", "副局长", "法律援助"),
            Titles = new SectionTitles { AspectHeading = "在{name}方面。" },
        },
        Preamble = "按照上级关于召开2024年度民主生活会的通知要求，本人认真做好会前准备。\n现将个人对照检查情况报告如下：",
        Aspects =
        [
            new AspectSection { AspectId = "zhengzhi-jilv", Name = "带头严守政治纪律和政治规矩，维护党的团结统一", Problems = [Problem("p1", "执行请示报告制度还不够严格规范", "本人今年有1次先办后报。", "3月的一次外出学习未提前报告")] },
            new AspectSection { AspectId = "dangxing", Name = "带头增强党性、严守纪律、砥砺作风" },
            new AspectSection { AspectId = "danze", Name = "带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新" },
            new AspectSection
            {
                AspectId = "zeren",
                Name = "带头履行全面从严治党政治责任",
                Problems =
                [
                    Problem("p2", "履行“一岗双责”还不够到位", "对分管的法律援助中心提醒谈话偏少。", null),
                    Problem("p3", "警示教育的针对性还不够强", null, "【待补：具体事例】"),
                ],
            },
        ],
        Causes = [new CauseItem { Id = "c1", Headline = "党性锻炼有所放松", Text = "本人对党性修养的持续锤炼重视不够。" }],
        Measures = [new MeasureItem { Id = "m1", Headline = "严明政治纪律，坚决维护团结统一", Text = "严格执行请示报告制度。", ProblemIds = ["p1"], Owner = "王某", Deadline = new Deadline(DeadlineKind.Immediate, null, "") }],
    };

    public static ProblemItem Problem(string id, string headline, string? elaboration, string? example) =>
        new() { Id = id, RawInput = "（用户原话）", Headline = headline, Elaboration = elaboration, Example = example };
}
