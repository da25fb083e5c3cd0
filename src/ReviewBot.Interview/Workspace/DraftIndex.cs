namespace ReviewBot.Interview.Workspace;

/// <summary>The list of an owner's drafts, which one is being worked on, and where each interview stands.</summary>
public sealed class DraftIndex
{
    public List<DraftSummary> Drafts { get; set; } = [];
    public string? ActiveDraftId { get; set; }
    public Dictionary<string, InterviewProgress> Progress { get; set; } = new(StringComparer.Ordinal);
}

public sealed record DraftSummary(string Id, string Title, DateTimeOffset UpdatedAt);

/// <summary>Where the interview of one draft stands, so 继续 resumes at the same question after any interruption.</summary>
public sealed record InterviewProgress(InterviewStage Stage, int AspectIndex = 0);

public enum InterviewStage
{
    Preamble,
    Aspects,
    Causes,
    Measures,
    Review,
}
