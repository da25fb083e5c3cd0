using System.Collections.Concurrent;
using ReviewBot.Builder.Storage;
using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Builder.Tests.Turns;

/// <summary>Records what was sent, with the state version visible at send time.</summary>
internal sealed class RecordingSender(IStorage? storage = null) : IChannelSender
{
    public ConcurrentQueue<(string ServiceUrl, Activity Activity, bool StateSavedBeforeSend)> Sent { get; } = new();

    public string? WatchKey { get; set; }

    public TaskCompletionSource TypingSent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<ResourceResponse?> SendAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        var saved = false;
        if (storage is not null && WatchKey is not null)
        {
            var docs = await storage.ReadAsync([WatchKey], cancellationToken);
            saved = docs.ContainsKey(WatchKey);
        }
        Sent.Enqueue((serviceUrl, activity, saved));
        if (activity.Type == ActivityTypes.Typing)
        {
            TypingSent.TrySetResult();
        }
        return new ResourceResponse { Id = Guid.NewGuid().ToString() };
    }

    public IReadOnlyList<string?> Texts => Sent.Where(s => s.Activity.Type == ActivityTypes.Message).Select(s => s.Activity.Text).ToList();
}

/// <summary>A bot defined by a lambda.</summary>
internal sealed class LambdaBot(Func<ITurnContext, CancellationToken, Task> handler) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => handler(turnContext, cancellationToken);
}

/// <summary>Storage that makes the first N writes lose an ETag race, as another instance would.</summary>
internal sealed class ConflictingStorage(IStorage inner, int conflicts) : IStorage
{
    private int _remaining = conflicts;

    public Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        inner.ReadAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken) =>
        Interlocked.Decrement(ref _remaining) >= 0
            ? throw new StorageConflictException(writes.First().Key)
            : inner.WriteAsync(writes, cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
}

internal sealed class UnavailableStorage : IStorage
{
    public Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        throw new StorageUnavailableException("database is locked");

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken) =>
        throw new StorageUnavailableException("database is locked");

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => Task.CompletedTask;
}

internal static class Activities
{
    public static Activity Message(string text, string? id = null, string conversation = "a:conv-1", string user = "29:user-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString(),
        Text = text,
        ChannelId = Channels.MsTeams,
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        From = new ChannelAccount { Id = user, Name = "张三" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "ReviewBot" },
        Conversation = new ConversationAccount { Id = conversation, ConversationType = "personal", TenantId = "tenant-1" },
    };
}

/// <summary>Storage that records the keys of every read and write, to show how many round trips a turn makes.</summary>
internal sealed class CountingStorage(IStorage inner) : IStorage
{
    public ConcurrentQueue<IReadOnlyList<string>> Reads { get; } = new();

    public ConcurrentQueue<IReadOnlyList<string>> Writes { get; } = new();

    public void Reset()
    {
        Reads.Clear();
        Writes.Clear();
    }

    public Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        Reads.Enqueue([.. keys]);
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
    {
        Writes.Enqueue([.. writes.Select(w => w.Key)]);
        return inner.WriteAsync(writes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
}
