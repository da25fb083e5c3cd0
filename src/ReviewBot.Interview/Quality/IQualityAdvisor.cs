using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Quality;

/// <summary>
/// A model's suggestions for the 材料体检, shown apart from the rule findings and labelled 模型建议. The default
/// (<see cref="NoQualityAdvisor"/>) has none, so without a model the check is rule-based only.
/// </summary>
public interface IQualityAdvisor
{
    /// <summary>Null when no model advises; otherwise suggestions, or none and a short line saying why.</summary>
    Task<QualityAdvice?> AdviseAsync(QualityAdviceRequest request, CancellationToken cancellationToken);
}

public sealed class NoQualityAdvisor : IQualityAdvisor
{
    public static NoQualityAdvisor Instance { get; } = new();

    public Task<QualityAdvice?> AdviseAsync(QualityAdviceRequest request, CancellationToken cancellationToken) => Task.FromResult<QualityAdvice?>(null);
}

/// <summary>The draft's items as the user sees them numbered (0 导语, 1.2.1 a problem, 2.3 a cause, 3.1 a measure).</summary>
public sealed record QualityAdviceRequest
{
    public required string DraftId { get; init; }
    public required SubjectKind Kind { get; init; }
    public required string MeetingTitle { get; init; }
    public required IReadOnlyList<NumberedItem> Items { get; init; }
    public string? UnitName { get; init; }
    public string? PersonName { get; init; }

    public static QualityAdviceRequest From(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var items = new List<NumberedItem>();
        if (!string.IsNullOrWhiteSpace(draft.Preamble))
        {
            items.Add(new("0", draft.Preamble));
        }
        for (var a = 0; a < draft.Aspects.Count; a++)
        {
            for (var p = 0; p < draft.Aspects[a].Problems.Count; p++)
            {
                var problem = draft.Aspects[a].Problems[p];
                var example = string.IsNullOrWhiteSpace(problem.Example) ? string.Empty : $"如，{problem.Example}。";
                items.Add(new($"1.{a + 1}.{p + 1}", $"{problem.Headline}。{problem.Elaboration}{example}"));
            }
        }
        for (var i = 0; i < draft.Causes.Count; i++)
        {
            items.Add(new($"2.{i + 1}", $"{draft.Causes[i].Headline}。{draft.Causes[i].Text}"));
        }
        for (var i = 0; i < draft.Measures.Count; i++)
        {
            var m = draft.Measures[i];
            items.Add(new($"3.{i + 1}", $"{m.Headline}。{m.Text}（责任人：{m.Owner ?? "未填"}；时限：{m.Deadline?.Text ?? "未填"}）"));
        }
        return new QualityAdviceRequest
        {
            DraftId = draft.Id,
            Kind = draft.Setup.Kind,
            MeetingTitle = draft.Setup.MeetingTitle,
            Items = items,
            UnitName = draft.Setup.UnitName,
            PersonName = draft.Setup.Person?.Name,
        };
    }
}

public sealed record NumberedItem(string Number, string Text);

/// <summary>At most a few suggestions, each about one numbered item; <see cref="Notice"/> when the model could not help.</summary>
public sealed record QualityAdvice(IReadOnlyList<ModelSuggestion> Suggestions, string? Notice = null);

public sealed record ModelSuggestion(string ItemNumber, string Issue, string Suggestion);
