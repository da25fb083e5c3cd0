using System.Globalization;
using System.Text;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Rectification;

/// <summary>Which measures 整改进展 lists: all, 我的 (the user is 责任人), 逾期, 本月 (due this month) or one draft by title.</summary>
public sealed record LedgerFilter(LedgerFilterKind Kind, string? DraftTitle = null)
{
    public static LedgerFilter All { get; } = new(LedgerFilterKind.All);

    /// <summary>Reads the words after 整改进展: 我的, 逾期, 本月, or (part of) a draft title.</summary>
    public static LedgerFilter Parse(string? words) => (words ?? string.Empty).Trim() switch
    {
        "" or "全部" => All,
        "我的" => new(LedgerFilterKind.Mine),
        "逾期" => new(LedgerFilterKind.Overdue),
        "本月" => new(LedgerFilterKind.ThisMonth),
        var title => new(LedgerFilterKind.Draft, title),
    };

    public bool Matches(TrackedMeasure m, DateOnly today, string? userName) => Kind switch
    {
        LedgerFilterKind.Mine => userName is { Length: > 0 } && m.Responsible?.Contains(userName, StringComparison.Ordinal) == true,
        LedgerFilterKind.Overdue => MeasureStatusRules.IsOverdue(m, today),
        LedgerFilterKind.ThisMonth => m.Deadline is { Kind: DeadlineKind.Date, Date: { } d } && d.Year == today.Year && d.Month == today.Month,
        LedgerFilterKind.Draft => m.DraftTitle.Contains(DraftTitle ?? string.Empty, StringComparison.Ordinal),
        _ => true,
    };

    public string Describe() => Kind switch
    {
        LedgerFilterKind.Mine => "（我的）",
        LedgerFilterKind.Overdue => "（逾期）",
        LedgerFilterKind.ThisMonth => "（本月到期）",
        LedgerFilterKind.Draft => $"（{DraftTitle}）",
        _ => string.Empty,
    };
}

public enum LedgerFilterKind
{
    All,
    Mine,
    Overdue,
    ThisMonth,
    Draft,
}

/// <summary>The figures and the ordered list behind 整改进展, the card and the progress report.</summary>
public sealed record LedgerSummary(IReadOnlyList<TrackedMeasure> Items, int Total, int Done, int Overdue, int Ongoing, int InProgress, DateOnly Today)
{
    public double CompletionRate => Total == 0 ? 0 : Math.Round(Done * 100.0 / Total, 1, MidpointRounding.AwayFromZero);

    /// <summary>Overdue first, then open ones by due date (undated last), then 长期坚持, then 已完成.</summary>
    public static LedgerSummary Build(IReadOnlyList<TrackedMeasure> measures, DateOnly today, LedgerFilter? filter = null, string? userName = null)
    {
        var items = measures
            .Where(m => (filter ?? LedgerFilter.All).Matches(m, today, userName))
            .OrderByDescending(m => MeasureStatusRules.IsOverdue(m, today))
            .ThenBy(m => m.Status switch { MeasureStatus.Done => 2, MeasureStatus.Ongoing => 1, _ => 0 })
            .ThenBy(m => m.Deadline?.Date ?? DateOnly.MaxValue)
            .ThenBy(m => m.DraftTitle, StringComparer.Ordinal)
            .ThenBy(m => m.Sequence)
            .ToList();
        return new LedgerSummary(items, items.Count, items.Count(m => m.Status == MeasureStatus.Done), items.Count(m => MeasureStatusRules.IsOverdue(m, today)),
            items.Count(m => m.Status == MeasureStatus.Ongoing), items.Count(m => m.Status == MeasureStatus.InProgress), today);
    }

    /// <summary>共 12 项，已完成 5 项，完成率 41.7%，逾期 2 项.</summary>
    public string Figures() => string.Create(CultureInfo.InvariantCulture,
        $"共 {Total} 项，已完成 {Done} 项，完成率 {CompletionRate:0.0}%，逾期 {Overdue} 项");

    public string Line(TrackedMeasure m) =>
        $"{(MeasureStatusRules.IsOverdue(m, Today) ? "⚠ " : string.Empty)}{m.Number} {Shorten(m.Text, 40)}【{MeasureStatusRules.DisplayLabel(m, Today)}】"
        + $"（{m.Responsible ?? "责任人待定"}；{MeasureStatusRules.DescribeDeadline(m.Deadline)}）— {m.DraftTitle}";

    /// <summary>The console / plain-text view.</summary>
    public string RenderText(LedgerFilter filter)
    {
        if (Total == 0)
        {
            return filter.Kind == LedgerFilterKind.All
                ? "还没有整改措施。写完材料的“整改措施”部分，或发送“导入”导入上年度材料后，这里会列出待办的措施。"
                : $"没有符合条件{filter.Describe()}的措施。发送“整改进展”查看全部。";
        }
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"**整改进展**{filter.Describe()}：{Figures()}。\n\n");
        foreach (var m in Items)
        {
            text.Append(Line(m)).Append('\n');
        }
        text.Append("\n更新：“完成 3.2”“进展 3.2 已召开联席会议”“延期 3.2 到9月底”“记录 3.2”；筛选：“整改进展 我的/逾期/本月/材料名”；“整改报告”生成落实情况报告。");
        return text.ToString();
    }

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
