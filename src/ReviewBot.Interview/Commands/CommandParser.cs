using System.Text.RegularExpressions;

namespace ReviewBot.Interview.Commands;

/// <summary>
/// Recognises the bot's commands in a whole message: the Chinese word (as on the buttons), a short English alias,
/// or a leading slash. Only whole-message matches count, so an answer that merely contains a command word
/// (“我想修改一下学习计划”) stays an answer.
/// </summary>
public static partial class CommandParser
{
    private static readonly Dictionary<string, CommandKind> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["新建材料"] = CommandKind.NewDraft, ["新建"] = CommandKind.NewDraft, ["new"] = CommandKind.NewDraft,
        ["继续"] = CommandKind.Continue, ["continue"] = CommandKind.Continue, ["resume"] = CommandKind.Continue,
        ["我的材料"] = CommandKind.MyDrafts, ["drafts"] = CommandKind.MyDrafts, ["list"] = CommandKind.MyDrafts,
        ["预览"] = CommandKind.Preview, ["preview"] = CommandKind.Preview,
        ["提纲"] = CommandKind.Outline, ["概览"] = CommandKind.Outline, ["进度"] = CommandKind.Outline, ["outline"] = CommandKind.Outline,
        ["导出"] = CommandKind.Export, ["export"] = CommandKind.Export,
        ["整改进展"] = CommandKind.Progress, ["待办措施"] = CommandKind.Progress, ["progress"] = CommandKind.Progress,
        ["帮助"] = CommandKind.Help, ["help"] = CommandKind.Help, ["?"] = CommandKind.Help, ["？"] = CommandKind.Help,
        ["取消"] = CommandKind.Cancel, ["cancel"] = CommandKind.Cancel, ["菜单"] = CommandKind.Cancel, ["menu"] = CommandKind.Cancel,
        ["跳过"] = CommandKind.Skip, ["skip"] = CommandKind.Skip,
        ["上一步"] = CommandKind.Back, ["返回"] = CommandKind.Back, ["back"] = CommandKind.Back,
        ["下一个方面"] = CommandKind.NextAspect, ["next"] = CommandKind.NextAspect,
        ["修改"] = CommandKind.Edit, ["edit"] = CommandKind.Edit,
        ["删除"] = CommandKind.Delete, ["delete"] = CommandKind.Delete,
        ["暂停"] = CommandKind.Pause, ["pause"] = CommandKind.Pause,
        ["进展"] = CommandKind.MeasureProgress, ["延期"] = CommandKind.MeasureExtend, ["记录"] = CommandKind.MeasureLog, ["佐证"] = CommandKind.MeasureEvidence,
        ["关闭提醒"] = CommandKind.RemindersOff, ["开启提醒"] = CommandKind.RemindersOn, ["打开提醒"] = CommandKind.RemindersOn,
        ["导入"] = CommandKind.Import, ["import"] = CommandKind.Import, ["整改报告"] = CommandKind.ProgressReport, ["落实情况报告"] = CommandKind.ProgressReport,
        ["完成"] = CommandKind.Finish,
        ["用润色版"] = CommandKind.UsePolished, ["换润色版"] = CommandKind.UsePolished, ["不用润色版"] = CommandKind.DismissPolished,
        ["体检"] = CommandKind.QualityCheck, ["材料体检"] = CommandKind.QualityCheck, ["check"] = CommandKind.QualityCheck, ["done"] = CommandKind.Finish, ["finish"] = CommandKind.Finish,
    };

    /// <summary>Commands that take an argument after a space (修改 2.1, 删除 3, 导出 问题).</summary>
    private static readonly HashSet<CommandKind> WithArgument =
    [
        CommandKind.Edit, CommandKind.Delete, CommandKind.Export, CommandKind.Progress,
        CommandKind.MeasureProgress, CommandKind.MeasureExtend, CommandKind.MeasureLog, CommandKind.MeasureEvidence, CommandKind.Import,
        CommandKind.UsePolished, CommandKind.DismissPolished,
    ];

    /// <summary>进展/延期/记录/佐证 count as commands only before a measure number, so an answer such as “记录 一下会议” stays an answer.</summary>
    private static readonly HashSet<CommandKind> NumberedMeasureCommands =
        [CommandKind.MeasureProgress, CommandKind.MeasureExtend, CommandKind.MeasureLog, CommandKind.MeasureEvidence];

    public static Command? Parse(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }
        if (Words.TryGetValue(normalized, out var kind))
        {
            return new Command(kind);
        }
        var match = WordAndArgument().Match(normalized);
        if (match.Success && Words.TryGetValue(match.Groups["word"].Value, out kind) && kind == CommandKind.Finish
            && MeasureNumber().IsMatch(match.Groups["arg"].Value.Trim()))
        {
            return new Command(CommandKind.MeasureDone, match.Groups["arg"].Value.Trim()); // 完成 3.2: a measure, not the interview
        }
        if (match.Success && kind is CommandKind.UsePolished or CommandKind.DismissPolished && !ProblemNumber().IsMatch(match.Groups["arg"].Value.Trim()))
        {
            return null; // 用润色版 only before a problem number, so a sentence that starts with it stays an answer
        }
        if (match.Success && WithArgument.Contains(kind) && (!NumberedMeasureCommands.Contains(kind) || MeasureNumber().IsMatch(match.Groups["arg"].Value.Trim())))
        {
            return new Command(kind, match.Groups["arg"].Value.Trim());
        }
        return null;
    }

    /// <summary>Trims, drops a leading slash and trailing punctuation, and folds full-width ASCII to half-width.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var chars = text.Trim().Select(c => c switch
        {
            '\u3000' => ' ',
            >= '\uFF01' and <= '\uFF5E' when c is not '\uFF1F' => (char)(c - 0xFEE0),
            _ => c,
        }).ToArray();
        var folded = new string(chars).Trim().TrimStart('/').TrimEnd('。', '.', '!', '！');
        return Spaces().Replace(folded, " ").Trim();
    }

    // "修改2.1" (a number right after the word) or "导出 第二方面" (anything after a space).
    [GeneratedRegex(@"^(?:(?<word>[^\s0-9]+?)(?<arg>[0-9]+(?:\.[0-9]+)*)|(?<word>\S+)\s+(?<arg>.+))$")]
    private static partial Regex WordAndArgument();

    [GeneratedRegex(@"^(?:措施)?\d+(?:\.\d+)?(?:\s.*)?$")]
    private static partial Regex MeasureNumber();

    [GeneratedRegex(@"^(?:问题)?\d+(?:\.\d+){1,2}$")]
    private static partial Regex ProblemNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
