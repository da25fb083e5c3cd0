using System.Text.Json.Serialization;
using ReviewBot.Builder.State;

namespace ReviewBot.Interview.Workspace;

/// <summary>The list of an owner's drafts, which one is being worked on, and where each interview stands.</summary>
/// <remarks>
/// Read on nearly every turn and changed on few, so it tracks its own changes (<see cref="IChangeTracked"/>): an
/// unchanged list is saved as it was stored instead of being serialized again. Every change goes through a member
/// below; the collections are read-only to everyone else.
/// </remarks>
public sealed class DraftIndex : IChangeTracked
{
    private readonly List<DraftSummary> _drafts;
    private readonly Dictionary<string, InterviewProgress> _progress;
    private string? _activeDraftId;

    public DraftIndex()
        : this(null, null, null)
    {
    }

    [JsonConstructor]
    public DraftIndex(IReadOnlyList<DraftSummary>? drafts, string? activeDraftId, IReadOnlyDictionary<string, InterviewProgress>? progress)
    {
        _drafts = drafts is null ? [] : [.. drafts];
        _activeDraftId = activeDraftId;
        _progress = progress is null ? new(StringComparer.Ordinal) : new(progress, StringComparer.Ordinal);
    }

    /// <summary>Most recently saved first.</summary>
    public IReadOnlyList<DraftSummary> Drafts => _drafts;

    public string? ActiveDraftId
    {
        get => _activeDraftId;
        set
        {
            if (!string.Equals(_activeDraftId, value, StringComparison.Ordinal))
            {
                _activeDraftId = value;
                HasChanges = true;
            }
        }
    }

    public IReadOnlyDictionary<string, InterviewProgress> Progress => _progress;

    [JsonIgnore]
    public bool HasChanges { get; private set; }

    public bool Contains(string draftId) => _drafts.Exists(d => d.Id == draftId);

    /// <summary>Puts the draft's entry at the top of the list, replacing an older entry of the same draft.</summary>
    public void PutFirst(DraftSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _drafts.RemoveAll(d => d.Id == summary.Id);
        _drafts.Insert(0, summary);
        HasChanges = true;
    }

    /// <summary>Removes the draft's entry; false when there was none.</summary>
    public bool Remove(string draftId)
    {
        var removed = _drafts.RemoveAll(d => d.Id == draftId) > 0;
        HasChanges |= removed;
        return removed;
    }

    public void SetProgress(string draftId, InterviewProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (!_progress.TryGetValue(draftId, out var current) || current != progress)
        {
            _progress[draftId] = progress;
            HasChanges = true;
        }
    }
}

public sealed record DraftSummary(string Id, string Title, DateTimeOffset UpdatedAt)
{
    /// <summary>
    /// For the serializer only: it fills the properties in instead of calling the positional constructor, which reads
    /// the same JSON the same way at less cost (the list is read with nearly every turn).
    /// </summary>
    [JsonConstructor]
    private DraftSummary()
        : this(Id: null!, Title: null!, UpdatedAt: default)
    {
    }
}

/// <summary>Where the interview of one draft stands, so 继续 resumes at the same question after any interruption.</summary>
public sealed record InterviewProgress(InterviewStage Stage, int AspectIndex = 0)
{
    /// <summary>For the serializer only, as <see cref="DraftSummary"/>'s.</summary>
    [JsonConstructor]
    private InterviewProgress()
        : this(InterviewStage.Preamble)
    {
    }
}

public enum InterviewStage
{
    Preamble,
    Aspects,
    Causes,
    Measures,
    Review,
}
