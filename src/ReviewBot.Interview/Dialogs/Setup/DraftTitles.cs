using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Dialogs.Setup;

/// <summary>The short name a draft is listed under in 我的材料.</summary>
public static class DraftTitles
{
    public static string Short(DraftSetup setup) => setup.Person is { } person
        ? $"{person.Name}·{setup.Year}年度{Kind(setup.Kind)}材料"
        : $"{setup.UnitName}·{setup.Year}年度{Kind(setup.Kind)}材料";

    private static string Kind(SubjectKind kind) => kind switch
    {
        SubjectKind.Team => "班子",
        SubjectKind.Individual => "个人",
        SubjectKind.Branch => "支部",
        _ => "党员",
    };
}
