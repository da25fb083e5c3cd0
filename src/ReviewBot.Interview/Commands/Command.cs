namespace ReviewBot.Interview.Commands;

public enum CommandKind
{
    NewDraft,
    Continue,
    MyDrafts,
    Preview,
    Outline,
    Export,
    Progress,
    Help,
    Cancel,
    Skip,
    Back,
    NextAspect,
    Edit,
    Delete,
    Pause,
    Finish,
    // The 整改台账 (see Rectification/RectificationCommands): 完成 3.2, 进展 3.2 …, 延期 3.2 到…, 记录 3.2, 佐证 3.2 …
    MeasureDone,
    MeasureProgress,
    MeasureExtend,
    MeasureLog,
    MeasureEvidence,
    RemindersOff,
    RemindersOn,
    Import,
    ProgressReport,
    /// <summary>体检: the rule-based quality check of the active draft.</summary>
    QualityCheck,
    /// <summary>用润色版 1.2.1: take the model's polished wording that arrived after the problem was accepted.</summary>
    UsePolished,
    /// <summary>不用润色版 1.2.1: keep the problem's text and drop the waiting polished wording.</summary>
    DismissPolished,
}

/// <summary>A recognised command, with its argument (e.g. "2.1" in 修改 2.1, or "问题" in 导出 问题).</summary>
public sealed record Command(CommandKind Kind, string? Argument = null);
