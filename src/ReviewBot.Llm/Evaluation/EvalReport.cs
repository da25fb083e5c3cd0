using System.Globalization;
using System.Text;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Llm.Usage;

namespace ReviewBot.Llm.Evaluation;

/// <summary>The side-by-side markdown report for a person to judge: input, built-in and model output, facts kept, checks.</summary>
public static class EvalReport
{
    public static string Markdown(IReadOnlyList<EvalRow> rows, string modelLabel, DateTimeOffset at, LlmUsageTotals usage)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# 润色评估报告 / phrasing evaluation");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"- 模型：{modelLabel}　时间：{at:yyyy-MM-dd HH:mm} UTC　样例：{rows.Count} 条");
        var modelSides = rows.SelectMany(r => new[] { r.Model, r.ModelConcise }).ToList();
        sb.AppendLine(CultureInfo.InvariantCulture, $"- 模型版本被采用：{modelSides.Count(s => s.Phrased.Source == PhrasingSource.Llm)}/{modelSides.Count}（其余由内置整理兜底）");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- 事实全部保留：内置 {rows.Count(r => r.BuiltIn.MissingFacts.Count == 0)}/{rows.Count}，模型 {rows.Count(r => r.Model.MissingFacts.Count == 0)}/{rows.Count}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- {usage.ToChineseSummary()}");
        sb.AppendLine();
        sb.AppendLine("判断要点：有没有保留用户说的每个事实、有没有编造、是否把自己摆进去、有没有空话套话、读起来是否像本人的话。");
        var n = 0;
        foreach (var row in rows)
        {
            n++;
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"## {n}. {row.Sample.Id}（{row.Sample.AspectId}）");
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"**输入**：{Cell(row.Sample.RawInput)}");
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"**事实**：{(row.Facts.Count == 0 ? "（无）" : string.Join("、", row.Facts))}");
            sb.AppendLine();
            sb.AppendLine("| | 内置整理 | 模型 | 内置·更简洁 | 模型·更简洁 |");
            sb.AppendLine("|---|---|---|---|---|");
            EvalSide[] sides = [row.BuiltIn, row.Model, row.BuiltInConcise, row.ModelConcise];
            Line(sb, "文本", sides, s => Cell(s.Phrased.ToText()));
            Line(sb, "来源", sides, s => s.Phrased.Source == PhrasingSource.Llm ? "模型" : s.Phrased.Notice is null ? "内置" : "内置兜底：" + s.Phrased.Notice);
            Line(sb, "事实保留", sides, s => s.MissingFacts.Count == 0 ? $"{row.Facts.Count}/{row.Facts.Count}" : $"{row.Facts.Count - s.MissingFacts.Count}/{row.Facts.Count}，漏：{string.Join("、", s.MissingFacts)}");
            Line(sb, "多出的数字", sides, s => s.InventedFigures.Count == 0 ? "无" : string.Join("、", s.InventedFigures));
            Line(sb, "待补项", sides, s => s.Phrased.Placeholders.Count == 0 ? "无" : string.Join("", s.Phrased.Placeholders));
            Line(sb, "空话套话", sides, s => s.GenericPhrases.Count == 0 ? "无" : string.Join("、", s.GenericPhrases));
        }
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string label, EvalSide[] sides, Func<EvalSide, string> cell) =>
        sb.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {string.Join(" | ", sides.Select(cell))} |");

    private static string Cell(string text) => text.Replace("|", "｜", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
