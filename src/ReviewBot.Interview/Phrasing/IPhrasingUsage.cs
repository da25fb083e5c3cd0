using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Phrasing;

/// <summary>
/// What a model phraser has spent per draft and not yet handed to the draft. The interview takes it at the end of each
/// turn and adds it to the draft, so it is saved with the turn (and survives a restart). A model answer that arrives
/// after its turn is taken at the draft's next turn. Without a model nothing is ever pending.
/// </summary>
public interface IPhrasingUsage
{
    /// <summary>Cheap: false lets a turn skip the drafts altogether.</summary>
    bool HasPending { get; }

    /// <summary>The usage recorded for the draft since the last call, now forgotten here; null when none.</summary>
    ModelUsage? TakePending(string draftId);
}

/// <summary>The built-in phrasing costs nothing.</summary>
public sealed class NoPhrasingUsage : IPhrasingUsage
{
    public static NoPhrasingUsage Instance { get; } = new();

    public bool HasPending => false;

    public ModelUsage? TakePending(string draftId) => null;
}
