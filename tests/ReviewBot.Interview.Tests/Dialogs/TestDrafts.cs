using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Tests.Dialogs;

/// <summary>Small drafts built by hand for the dialogs' helpers.</summary>
public static class TestDrafts
{
    public static ProblemItem Problem(string id, string headline = "学习不够深入", string? example = "2024年3月只学了1次") => new()
    {
        Id = id,
        RawInput = headline,
        Headline = headline,
        Example = example,
        Contributor = new Contributor("29:user-a", "张三"),
    };

    /// <summary>Two aspects (2 problems and 1 problem), 2 causes, 2 measures answering p1 and p3.</summary>
    public static Draft Sample() => new()
    {
        Id = "d1",
        Title = "某市司法局党组·2023年度班子材料",
        Setup = new DraftSetup { Kind = SubjectKind.Team, FrameworkId = "f", MeetingTitle = "民主生活会", UnitName = "某市司法局党组", Year = 2023 },
        Preamble = "导语",
        Aspects =
        [
            new AspectSection { AspectId = "a1", Name = "理论学习", Problems = [Problem("p1"), Problem("p2", "调研不够")] },
            new AspectSection { AspectId = "a2", Name = "政治素质", Problems = [Problem("p3", "12348热线接通率低")] },
        ],
        Causes = [new CauseItem { Id = "c1", Headline = "理想信念不够牢" }, new CauseItem { Id = "c2", Headline = "宗旨意识不够强" }],
        Measures =
        [
            new MeasureItem { Id = "m1", Headline = "加强学习", ProblemIds = ["p1"] },
            new MeasureItem { Id = "m2", Headline = "改进热线", ProblemIds = ["p3", "p1"] },
        ],
    };
}
