using System.Text;
using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Dialogs.Measures;

namespace ReviewBot.Interview.Dialogs.Views;

/// <summary>提纲: every item with the number used by 修改 / 删除, counts per aspect, what is still missing, and what the model cost.</summary>
public static class OutlineView
{
    /// <param name="usesModel">A model phrases: the model usage line is shown even while it is still zero.</param>
    public static string Render(Draft draft, bool usesModel = false)
    {
        var outline = DraftOutline.From(draft);
        var text = new StringBuilder($"**{draft.Title}** 提纲（“修改 编号”或“删除 编号”可调整某一条）\n\n");
        text.Append(outline.HasPreamble ? "0 导语：已写\n" : "0 导语：未写\n");
        for (var a = 0; a < draft.Aspects.Count; a++)
        {
            var aspect = draft.Aspects[a];
            text.Append($"\n**（{ChineseNumbering.Numeral(a + 1)}）{aspect.Name}**：{aspect.Problems.Count} 条\n");
            for (var p = 0; p < aspect.Problems.Count; p++)
            {
                var problem = aspect.Problems[p];
                var by = problem.Contributor?.Name is { Length: > 0 } name ? $"（{name}）" : string.Empty;
                var number = $"1.{a + 1}.{p + 1}";
                var polished = problem.PendingAlternative is null ? string.Empty : $" ✎有润色版待用（发送“{Editing.PolishedVersionCommand.UseWord} {number}”）";
                text.Append($"{number} {problem.Headline}{(string.IsNullOrWhiteSpace(problem.Example) ? " ⚠缺实例" : string.Empty)}{by}{polished}\n");
            }
        }
        text.Append($"\n**原因分析**：{draft.Causes.Count} 条\n");
        for (var i = 0; i < draft.Causes.Count; i++)
        {
            text.Append($"2.{i + 1} {draft.Causes[i].Headline}\n");
        }
        text.Append($"\n**整改措施**：{draft.Measures.Count} 条\n");
        for (var i = 0; i < draft.Measures.Count; i++)
        {
            var m = draft.Measures[i];
            var owner = m.Owner ?? "责任人待定";
            var deadline = m.Deadline is { } d ? Deadlines.Describe(d) : "时限待定";
            text.Append($"3.{i + 1} {m.Headline}（{owner}；{deadline}）\n");
        }
        text.Append("\n**还缺什么**\n");
        var missing = new List<string>();
        if (outline.AspectsWithoutProblems.Count > 0)
        {
            missing.Add("没有问题的方面：" + string.Join("、", outline.AspectsWithoutProblems.Select(a => a.Name)));
        }
        if (outline.ProblemsWithoutExample.Count > 0)
        {
            missing.Add("缺实例的问题：" + string.Join("、", outline.ProblemsWithoutExample.Select(p => "1." + p.Number)));
        }
        if (outline.ProblemsWithoutMeasure.Count > 0)
        {
            missing.Add("没有对应措施的问题：" + string.Join("、", outline.ProblemsWithoutMeasure.Select(p => "1." + p.Number)));
        }
        if (outline.MeasuresWithoutOwner.Count > 0 || outline.MeasuresWithoutDeadline.Count > 0)
        {
            missing.Add($"缺责任人的措施 {outline.MeasuresWithoutOwner.Count} 条，缺时限的措施 {outline.MeasuresWithoutDeadline.Count} 条");
        }
        if (outline.PlaceholderCount > 0)
        {
            missing.Add($"稿中还有 {outline.PlaceholderCount} 处【待补】");
        }
        text.Append(missing.Count == 0 ? "都齐了。\n" : string.Join("\n", missing.Select(m => "· " + m)) + "\n");
        if (usesModel || draft.ModelUsage is { IsZero: false })
        {
            text.Append('\n').Append((draft.ModelUsage ?? ModelUsage.Zero).ToChineseSummary()).Append('\n');
        }
        return text.ToString().TrimEnd();
    }
}
