using System.Globalization;
using System.Text;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Dialogs.Measures;

namespace ReviewBot.Interview.Dialogs.Views;

/// <summary>整改进展 (first version): the measures of all the owner's drafts, overdue first, then by due date.</summary>
public static class ProgressSummary
{
    public static string Render(IReadOnlyList<Draft> drafts, DateOnly today)
    {
        var items = drafts
            .SelectMany(d => d.Measures.Select((m, i) => (Draft: d, Measure: m, Number: $"3.{i + 1}")))
            .Select(x => (x.Draft, x.Measure, x.Number, Overdue: x.Measure.Deadline is { Kind: DeadlineKind.Date, Date: { } due } && due < today))
            .OrderByDescending(x => x.Overdue)
            .ThenBy(x => x.Measure.Deadline?.Date ?? DateOnly.MaxValue)
            .ToList();
        if (items.Count == 0)
        {
            return "还没有整改措施。写完材料的“整改措施”部分后，这里会列出待办的措施。";
        }
        var overdue = items.Count(i => i.Overdue);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"**整改进展**：共 {items.Count} 项措施，逾期 {overdue} 项。\n\n");
        foreach (var (draft, measure, number, isOverdue) in items)
        {
            var due = measure.Deadline is { } d ? Deadlines.Describe(d) : "时限待定";
            text.Append(CultureInfo.InvariantCulture, $"{(isOverdue ? "⚠逾期 " : string.Empty)}{number} {measure.Headline}（{measure.Owner ?? "责任人待定"}；{due}）— {draft.Title}\n");
        }
        return text.ToString().TrimEnd();
    }
}
