using System.Collections.Concurrent;

namespace ReviewBot.Builder.Turns;

/// <summary>
/// Remembers which further documents (drafts, indexes...) the last turn of each conversation opened, so that the next
/// turn reads them in the same storage call as conversation and user state. Only a hint: a document read ahead but not
/// opened is dropped unsaved, and one opened without a hint is loaded on demand as before. Bounded: past
/// <see cref="MaxConversations"/> entries it starts afresh, which costs a few extra reads and nothing else.
/// </summary>
internal sealed class DocumentReadAhead
{
    public const int MaxConversations = 10_000;
    public const int MaxKeysPerConversation = 8;

    private readonly ConcurrentDictionary<string, string[]> _keys = new(StringComparer.Ordinal);

    /// <summary>The documents to read with the next turn of <paramref name="conversationKey"/> (possibly none).</summary>
    public IReadOnlyList<string> For(string conversationKey) =>
        _keys.TryGetValue(conversationKey, out var keys) ? keys : [];

    /// <summary>Records what a turn of <paramref name="conversationKey"/> opened (turns of one conversation run one at a time).</summary>
    public void Remember(string conversationKey, IReadOnlyCollection<string> opened)
    {
        if (opened.Count == 0)
        {
            _keys.TryRemove(conversationKey, out _);
            return;
        }
        // Count takes every lock of the dictionary, so ask only for a conversation not seen before.
        if (!_keys.ContainsKey(conversationKey) && _keys.Count >= MaxConversations)
        {
            _keys.Clear();
        }
        _keys[conversationKey] = [.. opened.Take(MaxKeysPerConversation)];
    }
}
