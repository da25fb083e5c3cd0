using System.Globalization;
using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Rectification;

/// <summary>
/// 整改落实情况报告 from the ledger: 总体情况 (counts and completion rate), then each measure with its state, 责任人,
/// 时限, progress notes and 佐证材料, then 下一步打算 for what is still open. One <see cref="ComposedDocument"/> feeds
/// both the chat text and the Word file.
/// </summary>
public static class ProgressReport
{
    public static ComposedDocument Compose(LedgerSummary summary, IReadOnlyDictionary<string, IReadOnlyList<MeasureEvent>> notes, string unitOrPerson)
    {
        var blocks = new List<DocumentBlock>
        {
            new SectionHeading(DocumentPart.Measures, "一、总体情况"),
            new Paragraph(DocumentPart.Measures, null,
                $"截至{summary.Today.Year}年{summary.Today.Month}月{summary.Today.Day}日，{unitOrPerson}整改台账{summary.Figures()}；"
                + string.Create(CultureInfo.InvariantCulture, $"正在整改 {summary.InProgress} 项，长期坚持 {summary.Ongoing} 项。")),
            new SectionHeading(DocumentPart.Measures, "二、各项措施落实情况"),
        };
        var index = 0;
        foreach (var m in summary.Items)
        {
            index++;
            var progress = notes.GetValueOrDefault(m.MeasureId) ?? [];
            var body = $"状态：{MeasureStatusRules.DisplayLabel(m, summary.Today)}；责任人：{m.Responsible ?? "【待补：责任人】"}；完成时限：{MeasureStatusRules.DescribeDeadline(m.Deadline)}。"
                + (progress.Count == 0 ? "暂无进展记录。" : "进展：" + string.Join("；", progress.Select(p => $"{p.At:yyyy年M月d日}，{p.Text}")) + "。")
                + (m.Evidence is { Length: > 0 } e ? $"佐证材料：{e}。" : string.Empty);
            blocks.Add(new Paragraph(DocumentPart.Measures, $"（{ChineseNumber(index)}）{m.Number} {m.Text.TrimEnd('。')}。", body));
        }
        var open = summary.Items.Where(m => MeasureStatusRules.IsOpen(m.Status)).ToList();
        blocks.Add(new SectionHeading(DocumentPart.Measures, "三、下一步打算"));
        blocks.Add(new Paragraph(DocumentPart.Measures, null, open.Count == 0
            ? "各项整改措施已全部完成，将持续巩固整改成果，对长期坚持事项定期回头看，防止问题反弹。"
            : $"对尚未完成的 {open.Count} 项措施（{string.Join("、", open.Select(m => m.Number))}）逐项明确时间节点、压实责任，"
              + (summary.Overdue > 0 ? $"其中逾期的 {summary.Overdue} 项优先推进，" : string.Empty) + "完成一项、销号一项。"));
        return new ComposedDocument("整改落实情况报告", blocks);
    }

    internal static string ChineseNumber(int n)
    {
        string[] digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        return n switch
        {
            < 10 => digits[n],
            10 => "十",
            < 20 => "十" + digits[n - 10],
            < 100 => digits[n / 10] + "十" + digits[n % 10],
            _ => n.ToString(CultureInfo.InvariantCulture),
        };
    }
}
