using ReviewBot.Builder.State;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Workspace;

/// <summary>
/// Drafts of one owner, kept as turn documents: every change is saved atomically with the turn that made it,
/// so an answer is stored the moment it is given and never twice.
/// </summary>
public sealed class DraftStore(TurnState state, DraftOwner owner, TimeProvider time)
{
    private const string IndexProperty = "index";
    private const string DraftProperty = "draft";

    public DraftOwner Owner { get; } = owner;

    public async Task<DraftIndex> GetIndexAsync(CancellationToken cancellationToken)
    {
        var bag = await state.GetDocumentAsync($"drafts/{Owner.Key}", cancellationToken).ConfigureAwait(false);
        return bag.GetOrAdd(IndexProperty, () => new DraftIndex());
    }

    public async Task<Draft?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        if (!index.Contains(id))
        {
            return null;
        }
        var bag = await state.GetDocumentAsync(DraftKey(id), cancellationToken).ConfigureAwait(false);
        // Drafts are records changed only through SaveAsync, so a read one is never serialized again at the save.
        return bag.GetSnapshot<Draft>(DraftProperty);
    }

    public async Task<Draft?> GetActiveAsync(CancellationToken cancellationToken)
    {
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        return index.ActiveDraftId is { } id ? await GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>Stores the draft (new or changed), stamps its time and makes it the active one.</summary>
    public async Task<Draft> SaveAsync(Draft draft, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stamped = draft with { UpdatedAt = now, CreatedAt = draft.CreatedAt == default ? now : draft.CreatedAt };
        var bag = await state.GetDocumentAsync(DraftKey(draft.Id), cancellationToken).ConfigureAwait(false);
        bag.Set(DraftProperty, stamped);
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        index.PutFirst(new DraftSummary(draft.Id, draft.Title, now));
        index.ActiveDraftId = draft.Id;
        return stamped;
    }

    /// <summary>Adds model usage to a stored draft without stamping it as edited or making it the active one.</summary>
    public async Task<bool> AddModelUsageAsync(string id, ModelUsage usage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(usage);
        var draft = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return false;
        }
        var bag = await state.GetDocumentAsync(DraftKey(id), cancellationToken).ConfigureAwait(false);
        bag.Set(DraftProperty, draft with { ModelUsage = (draft.ModelUsage ?? ModelUsage.Zero).Add(usage) });
        return true;
    }

    public async Task<bool> SetActiveAsync(string id, CancellationToken cancellationToken)
    {
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        if (!index.Contains(id))
        {
            return false;
        }
        index.ActiveDraftId = id;
        return true;
    }

    public async Task<bool> RenameAsync(string id, string title, CancellationToken cancellationToken)
    {
        var draft = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return false;
        }
        await SaveAsync(draft with { Title = title }, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Removes a draft from the list and empties its document.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        if (!index.Remove(id))
        {
            return false;
        }
        if (index.ActiveDraftId == id)
        {
            index.ActiveDraftId = index.Drafts.FirstOrDefault()?.Id;
        }
        var bag = await state.GetDocumentAsync(DraftKey(id), cancellationToken).ConfigureAwait(false);
        bag.Remove(DraftProperty);
        bag.Set("deletedAt", time.GetUtcNow());
        return true;
    }

    private string DraftKey(string id) => $"draft/{Owner.Key}/{id}";
}
