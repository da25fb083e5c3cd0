using System.Text;

namespace ReviewBot.Interview.Rectification;

/// <summary>
/// The 上年度整改落实情况 section of this year's material, written from the statuses of the measures imported from last
/// year's material: the figures, then each measure with where it stands.
/// </summary>
public static class PreviousRectificationText
{
    public static string? Compose(IReadOnlyList<TrackedMeasure> imported, DateOnly today)
    {
        if (imported.Count == 0)
        {
            return null;
        }
        var done = imported.Count(m => m.Status == MeasureStatus.Done);
        var ongoing = imported.Count(m => m.Status == MeasureStatus.Ongoing);
        var inProgress = imported.Count(m => m.Status == MeasureStatus.InProgress);
        var notStarted = imported.Count(m => m.Status == MeasureStatus.NotStarted);
        var text = new StringBuilder($"对上年度民主生活会确定的 {imported.Count} 项整改措施逐项回头看：已完成 {done} 项，正在整改 {inProgress} 项，长期坚持 {ongoing} 项");
        text.Append(notStarted > 0 ? $"，尚未启动 {notStarted} 项。" : "。");
        var i = 0;
        foreach (var m in imported.OrderBy(m => m.Sequence))
        {
            i++;
            var headline = Drafts.Import.NumberingMarkers.FirstSentence(m.Text).TrimEnd('。');
            var state = MeasureStatusRules.IsOverdue(m, today) ? "已超出整改时限，正在加紧推进"
                : m.Status switch
                {
                    MeasureStatus.Done => "已落实到位",
                    MeasureStatus.InProgress => "正在推进",
                    MeasureStatus.Ongoing => "作为长期任务持续抓好",
                    _ => "尚未启动，将明确责任和时限抓紧落实",
                };
            text.Append($"{ProgressReport.ChineseNumber(i)}是{headline}，{state}。");
        }
        return text.ToString();
    }
}
