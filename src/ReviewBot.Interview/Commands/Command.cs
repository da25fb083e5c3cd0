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
}

/// <summary>A recognised command, with its argument (e.g. "2.1" in 修改 2.1, or "问题" in 导出 问题).</summary>
public sealed record Command(CommandKind Kind, string? Argument = null);
