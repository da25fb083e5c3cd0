namespace ReviewBot.Interview.Drafts;

/// <summary>The list of an owner's drafts and which one is being worked on.</summary>
public sealed class DraftIndex
{
    public List<DraftSummary> Drafts { get; set; } = [];
    public string? ActiveDraftId { get; set; }
}

public sealed record DraftSummary(string Id, string Title, DateTimeOffset UpdatedAt);
