namespace ReviewBot.Drafts.Model;

/// <summary>
/// The titles the composer writes, copied from the framework at set-up (like <see cref="DraftSetup.MeetingTitle"/>)
/// so an old draft keeps its shape when the framework files change. Defaults are the 2023 genre's.
/// </summary>
public sealed record SectionTitles
{
    /// <summary>
    /// Template for the title line with slots {unit}, {meetingTitle}, {name}, {post}, {year};
    /// null means the default for the kind (see <c>DraftComposer.DefaultDocumentTitle</c>).
    /// </summary>
    public string? DocumentTitle { get; init; }

    public string PreviousRectification { get; init; } = "上年度民主生活会整改措施落实情况";
    public string Problems { get; init; } = "存在的突出问题";
    public string Causes { get; init; } = "原因分析";
    public string Measures { get; init; } = "整改措施和努力方向";

    /// <summary>The run-in heading after （一）, with the slot {name}: 在“{name}”方面的对照检查情况。 or 在{name}方面。</summary>
    public string AspectHeading { get; init; } = "在“{name}”方面的对照检查情况。";
}

/// <summary>How points inside an aspect are numbered and how examples are introduced.</summary>
public sealed record NumberingStyle
{
    public PointStyle Points { get; init; } = PointStyle.Yishi;

    /// <summary>When true the aspect heading stands on its own line instead of opening the paragraph.</summary>
    public bool AspectHeadingOnOwnLine { get; init; }

    /// <summary>The words that introduce the concrete example.</summary>
    public string ExampleLead { get; init; } = "如，";
}

/// <summary>一是、二是… (the genre's usual run-in points) or 1. 2. …</summary>
public enum PointStyle
{
    Yishi,
    Arabic,
}
