namespace ReviewBot.Protocol.Connector;

/// <summary>
/// Lets one send per conversation through at a time, in the order the sends were started (SemaphoreSlim queues
/// async waiters first in, first out). A conversation's entry is dropped as soon as nobody holds or waits for it.
/// </summary>
public sealed class ConversationGate
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Number of conversations with a send in progress or waiting.</summary>
    public int ActiveConversations
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Waits for the conversation's turn. The caller must start this before its first await to keep its place.</summary>
    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(conversationId, out entry!))
            {
                entry = new Entry();
                _entries[conversationId] = entry;
            }
            entry.Users++;
        }
        try
        {
            await entry.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(conversationId, entry, held: false);
            throw;
        }
        return new Pass(this, conversationId, entry);
    }

    private void Leave(string conversationId, Entry entry, bool held)
    {
        lock (_entries)
        {
            if (held)
            {
                entry.Turn.Release();
            }
            if (--entry.Users == 0)
            {
                _entries.Remove(conversationId);
                entry.Turn.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Pass(ConversationGate gate, string conversationId, Entry entry) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                gate.Leave(conversationId, entry, held: true);
            }
        }
    }
}
