using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Rectification;

/// <summary>整改状态 as stored; 逾期 is not stored but derived (see <see cref="MeasureStatusRules"/>).</summary>
public enum MeasureStatus
{
    NotStarted,
    InProgress,
    Done,
    Ongoing,
}

/// <summary>
/// One measure in the 整改台账 of an owner (a user in a personal chat, the conversation in a group): taken from a
/// draft or imported from last year's material, with its status and 佐证材料 note.
/// </summary>
public sealed record TrackedMeasure
{
    public required string OwnerKey { get; init; }
    public required string MeasureId { get; init; }
    public required string DraftId { get; init; }
    public required string DraftTitle { get; init; }
    /// <summary>The number users see, e.g. 3.2.</summary>
    public required string Number { get; init; }
    public int Sequence { get; init; }
    public required string Text { get; init; }
    /// <summary>The problems it answers, as numbers or headlines (display text).</summary>
    public string? ProblemRefs { get; init; }
    /// <summary>责任领导 / 责任人.</summary>
    public string? Responsible { get; init; }
    public Deadline? Deadline { get; init; }
    public MeasureStatus Status { get; init; }
    public string? Evidence { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public bool IsImported => DraftId.StartsWith(ImportedDraftPrefix, StringComparison.Ordinal);

    public const string ImportedDraftPrefix = "import:";
}

/// <summary>A progress note (整改进展) or an audit entry (who changed what, when).</summary>
public sealed record MeasureEvent(string MeasureId, MeasureEventKind Kind, DateTimeOffset At, string Author, string Text);

public enum MeasureEventKind
{
    Progress,
    Audit,
}
