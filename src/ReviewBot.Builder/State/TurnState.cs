namespace ReviewBot.Builder.State;

/// <summary>
/// The state documents of one turn: the conversation's, the sending user's, and any further documents the
/// app opens during the turn (e.g. a draft). All of them are saved together, atomically, with their ETags.
/// </summary>
public sealed class TurnState(StateBag conversation, StateBag user, Func<string, CancellationToken, Task<StateBag>>? loader = null)
{
    private readonly Dictionary<string, StateBag> _documents = new(StringComparer.Ordinal);

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
        bag = loader is null ? new StateBag(key, null, null) : await loader(key, cancellationToken).ConfigureAwait(false);
        _documents[key] = bag;
        return bag;
    }

    /// <summary>Every document of the turn, for saving.</summary>
    public IEnumerable<StateBag> AllDocuments => new[] { Conversation, User }.Concat(_documents.Values);
}
