using System.Text.Json.Serialization;

namespace ReviewBot.Interview.Workspace;

/// <summary>The list of an owner's drafts, which one is being worked on, and where each interview stands.</summary>
public sealed class DraftIndex
{
    public List<DraftSummary> Drafts { get; set; } = [];
    public string? ActiveDraftId { get; set; }
    public Dictionary<string, InterviewProgress> Progress { get; set; } = new(StringComparer.Ordinal);
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
