namespace ReviewBot.Interview.Dialogs.Flow;

/// <summary>How a stage of the interview ended: where the user wants to go next.</summary>
public enum StageMove
{
    Next,
    Back,
    Finish,
}

public sealed record StageOutcome(StageMove Move);

/// <summary>The options every stage dialog begins with.</summary>
public sealed record StageOptions(string DraftId, int AspectIndex = 0, bool WriteOwn = false);
