namespace ReviewBot.Builder.State;

/// <summary>
/// The state documents of one turn: the conversation's, the sending user's, and any further documents the
/// app opens during the turn (e.g. a draft). All of them are saved together, atomically, with their ETags.
/// Documents read ahead with the turn (<paramref name="prefetched"/>) are handed out when opened, without another
/// storage read; those the turn never opens are neither returned by <see cref="AllDocuments"/> nor saved.
/// </summary>
public sealed class TurnState(
    StateBag conversation,
    StateBag user,
    Func<string, CancellationToken, Task<StateBag>>? loader = null,
    IEnumerable<StateBag>? prefetched = null)
{
    private readonly Dictionary<string, StateBag> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StateBag> _prefetched = prefetched?.ToDictionary(bag => bag.Key, StringComparer.Ordinal)
        ?? new Dictionary<string, StateBag>(StringComparer.Ordinal);

    public StateBag Conversation { get; } = conversation;
    public StateBag User { get; } = user;

    /// <summary>Opens another stored document for this turn (loaded once per turn, saved with the turn).</summary>
    public async Task<StateBag> GetDocumentAsync(string key, CancellationToken cancellationToken)
    {
        if (key == Conversation.Key)
        {
            return Conversation;
        }
        if (key == User.Key)
        {
            return User;
        }
        if (_documents.TryGetValue(key, out var bag))
        {
            return bag;
        }
        if (!_prefetched.Remove(key, out bag))
        {
            bag = loader is null ? new StateBag(key) : await loader(key, cancellationToken).ConfigureAwait(false);
        }
        _documents[key] = bag;
        return bag;
    }

    /// <summary>Keys of the further documents this turn opened (not conversation or user state).</summary>
    public IReadOnlyCollection<string> OpenedDocumentKeys => _documents.Keys;

    /// <summary>Documents read ahead that the turn never opened: untouched, as they were loaded.</summary>
    public IEnumerable<StateBag> UnopenedDocuments => _prefetched.Values;

    /// <summary>Every document of the turn, for saving.</summary>
    public IEnumerable<StateBag> AllDocuments => new[] { Conversation, User }.Concat(_documents.Values);
}
