using ReviewBot.Builder.Turns;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Workspace;
using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Interview.Dialogs;

/// <summary>What every interview dialog needs: the frameworks, the phraser (and what it is), the clock, and the turn's drafts.</summary>
public sealed class InterviewContext(
    FrameworkCatalog catalog, IPhraser phraser, TimeProvider time, PhraserInfo? phraserInfo = null, IPhrasingUsage? phrasingUsage = null)
{
    private readonly IPhrasingUsage _usage = phrasingUsage ?? NoPhrasingUsage.Instance;

    public FrameworkCatalog Catalog { get; } = catalog;
    public IPhraser Phraser { get; } = phraser;
    public TimeProvider Time { get; } = time;
    public PhraserInfo PhraserInfo { get; } = phraserInfo ?? PhraserInfo.BuiltIn;

    /// <summary>Before the model is first used for this user: where their material goes (once per user; nothing without a model).</summary>
    public Task<bool> DiscloseModelOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        ModelDisclosure.SendOnceAsync(turnContext, PhraserInfo, Time, cancellationToken);

    /// <summary>
    /// At the end of a turn: adds what the model spent on this owner's drafts since it was last taken to those drafts,
    /// so the usage is saved with the turn. Touches no draft when nothing is pending (always, without a model).
    /// </summary>
    public async Task RecordModelUsageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!_usage.HasPending)
        {
            return;
        }
        var store = Drafts(turnContext);
        var index = await store.GetIndexAsync(cancellationToken).ConfigureAwait(false);
        foreach (var summary in index.Drafts.ToList())
        {
            if (_usage.TakePending(summary.Id) is { } usage)
            {
                await store.AddModelUsageAsync(summary.Id, usage, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public DraftStore Drafts(ITurnContext turnContext) => new(turnContext.State, DraftOwner.From(turnContext.Activity), Time);

    public static Contributor ContributorOf(ITurnContext turnContext) =>
        new(turnContext.Activity.From?.Id ?? "unknown", turnContext.Activity.From?.Name);

    public static string NewId() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>The framework a draft was made with (a 自定义 one is rebuilt from the draft's own aspects).</summary>
    public Framework FrameworkOf(Draft draft) =>
        Catalog.TryGet(draft.Setup.FrameworkId, out var framework)
            ? framework
            : Catalog.CreateCustom(draft.Aspects.Select(a => a.Name).ToArray(), draft.Setup.Kind, draft.Setup.Year, draft.Setup.MeetingTitle);

    /// <summary>The active draft and its progress; null when the user has none.</summary>
    public async Task<(Draft Draft, InterviewProgress Progress)?> ActiveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var store = Drafts(turnContext);
        var draft = await store.GetActiveAsync(cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return null;
        }
        var index = await store.GetIndexAsync(cancellationToken).ConfigureAwait(false);
        var progress = index.Progress.GetValueOrDefault(draft.Id) ?? new InterviewProgress(InterviewStage.Preamble);
        return (draft, progress);
    }

    public async Task SetProgressAsync(ITurnContext turnContext, string draftId, InterviewProgress progress, CancellationToken cancellationToken)
    {
        var index = await Drafts(turnContext).GetIndexAsync(cancellationToken).ConfigureAwait(false);
        index.SetProgress(draftId, progress);
    }
}
