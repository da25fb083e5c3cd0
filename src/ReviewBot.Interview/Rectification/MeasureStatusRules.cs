using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Rectification;

/// <summary>
/// The status words and rules: a measure is 逾期 when it has a calendar deadline before today and is neither 已完成
/// nor 长期坚持; a new measure whose deadline is 长期坚持 starts as 长期坚持; a progress note moves 未启动 to 整改中.
/// </summary>
public static class MeasureStatusRules
{
    public static string Label(MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "未启动",
        MeasureStatus.InProgress => "整改中",
        MeasureStatus.Done => "已完成",
        _ => "长期坚持",
    };

    public static MeasureStatus? Parse(string? word) => word?.Trim() switch
    {
        "未启动" or "未开始" => MeasureStatus.NotStarted,
        "整改中" or "正在整改" or "进行中" or "持续推进" => MeasureStatus.InProgress,
        "已完成" or "完成" or "已整改到位" or "已销号" => MeasureStatus.Done,
        "长期坚持" or "常态化推进" => MeasureStatus.Ongoing,
        _ => null,
    };

    public static MeasureStatus Initial(Deadline? deadline) =>
        deadline?.Kind == DeadlineKind.Ongoing ? MeasureStatus.Ongoing : MeasureStatus.NotStarted;

    public static bool IsOpen(MeasureStatus status) => status is MeasureStatus.NotStarted or MeasureStatus.InProgress;

    public static bool IsOverdue(TrackedMeasure measure, DateOnly today) =>
        IsOpen(measure.Status) && measure.Deadline is { Kind: DeadlineKind.Date, Date: { } due } && due < today;

    /// <summary>The status shown to users: 逾期 wins over 未启动/整改中.</summary>
    public static string DisplayLabel(TrackedMeasure measure, DateOnly today) =>
        IsOverdue(measure, today) ? $"逾期（{Label(measure.Status)}）" : Label(measure.Status);

    public static MeasureStatus AfterProgressNote(MeasureStatus status) =>
        status == MeasureStatus.NotStarted ? MeasureStatus.InProgress : status;

    public static string DescribeDeadline(Deadline? deadline) => deadline switch
    {
        null => "时限待定",
        { Kind: DeadlineKind.Immediate } => "立行立改",
        { Kind: DeadlineKind.Ongoing } => "长期坚持",
        { Date: { } date } => $"{date.Year}年{date.Month}月{date.Day}日前",
        _ => deadline.Text,
    };
}
