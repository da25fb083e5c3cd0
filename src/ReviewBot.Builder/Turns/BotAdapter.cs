using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.State;
using ReviewBot.Builder.Storage;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Builder.Turns;

/// <summary>
/// Runs turns: one at a time per conversation; load state, run the bot, save with ETag (re-run on conflict),
/// and only then send the replies. Redelivered activities are answered without running again.
/// </summary>
public sealed partial class BotAdapter(
    IBot bot,
    IStorage storage,
    IChannelSender sender,
    IOptions<BotAdapterOptions> options,
    ILogger<BotAdapter> logger,
    TimeProvider? timeProvider = null) : IDisposable
{
    internal const string RecentIdsProperty = "recentActivityIds";
    public const string ConversationReferenceProperty = "conversationReference";

    private readonly BotAdapterOptions _options = options.Value;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly KeyedLock _locks = new();
    private readonly ConcurrentDictionary<string, Task<TurnOutcome>> _inFlight = new(StringComparer.Ordinal);
    private readonly DocumentReadAhead _readAhead = new();
    private readonly TypingIndicators _typing = new(sender, options.Value, timeProvider ?? TimeProvider.System, logger);
    private readonly LiveStateCache _liveState = new(options.Value.LiveStateMegabytes * 1024L * 1024L, options.Value.LiveStateIdleExpiry);

    /// <summary>How many saved turns' state bags are kept for the next turn (for tests).</summary>
    internal int KeptStateBags => _liveState.Count;

    public void Dispose() => _liveState.Dispose();

    /// <summary>Processes an inbound activity that has already been authenticated and validated.</summary>
    public async Task<TurnOutcome> ProcessActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Id is null)
        {
            return await RunTurnAsync(activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        }
        var key = string.Join('\u001f', activity.ChannelId, activity.Conversation?.Id, activity.Id, activity.Type, activity.Name);
        var task = new TaskCompletionSource<TurnOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var existing = _inFlight.GetOrAdd(key, task.Task);
        if (existing != task.Task)
        {
            LogDuplicate(activity.Id, activity.Type);
            var first = await existing.WaitAsync(cancellationToken).ConfigureAwait(false);
            return first with { Duplicate = true };
        }
        try
        {
            var outcome = await RunTurnAsync(activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
            task.SetResult(outcome);
            return outcome;
        }
        catch (Exception ex)
        {
            task.SetException(ex);
            throw;
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }

    /// <summary>Runs <paramref name="callback"/> as a turn of a stored conversation (proactive messages), with its state.</summary>
    public Task<TurnOutcome> ContinueConversationAsync(
        ConversationReference reference,
        Func<ITurnContext, CancellationToken, Task> callback,
        CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "continueConversation",
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
        };
        return RunTurnAsync(activity, callback, cancellationToken);
    }

    private async Task<TurnOutcome> RunTurnAsync(
        Activity activity,
        Func<ITurnContext, CancellationToken, Task> handler,
        CancellationToken cancellationToken)
    {
        if (activity.Type == ActivityTypes.Message)
        {
            activity.Text = MentionText.RemoveRecipientMention(activity);
        }
        var conversationKey = StateKeys.Conversation(activity);
        using var held = await _locks.AcquireAsync(conversationKey, cancellationToken).ConfigureAwait(false);
        using var typing = _typing.Watch(activity);

        TurnContext? saved = null;
        try
        {
            for (var attempt = 0; attempt <= _options.MaxConflictRetries && saved is null; attempt++)
            {
                var state = await LoadAsync(activity, conversationKey, cancellationToken).ConfigureAwait(false);
                if (IsRemembered(state, activity))
                {
                    LogDuplicate(activity.Id, activity.Type);
                    return TurnOutcome.Ok with { Duplicate = true };
                }
                var context = await RunHandlerAsync(activity, state, handler, cancellationToken).ConfigureAwait(false);
                Remember(context.State, activity);
                if (await TrySaveAsync(context.State, cancellationToken).ConfigureAwait(false))
                {
                    saved = context;
                }
                else
                {
                    LogConflict(conversationKey, attempt);
                }
            }
        }
        catch (StorageUnavailableException ex)
        {
            LogStorageUnavailable(ex, activity.Id);
            await TrySendAsync(activity, [new Activity { Type = ActivityTypes.Message, Text = "系统暂时无法保存您的内容，这一条没有记录下来。请稍后再发送一次。" }], cancellationToken).ConfigureAwait(false);
            return new TurnOutcome(503);
        }
        if (saved is null)
        {
            LogGaveUp(conversationKey);
            return new TurnOutcome(503);
        }
        _readAhead.Remember(conversationKey, saved.State.OpenedDocumentKeys);
        typing.Dispose();
        return await DeliverAsync(activity, saved, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TurnContext> RunHandlerAsync(
        Activity activity, TurnState state, Func<ITurnContext, CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        var context = new TurnContext(activity, state);
        try
        {
            await handler(context, cancellationToken).ConfigureAwait(false);
            return context;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (ex is StorageUnavailableException)
            {
                throw;
            }
            LogTurnError(ex, activity.Id, activity.Type, activity.Conversation?.Id);
            // Discard whatever the failed turn changed; clear only the broken dialog stack.
            var fresh = await LoadAsync(activity, StateKeys.Conversation(activity), cancellationToken).ConfigureAwait(false);
            foreach (var property in _options.ResetOnError)
            {
                fresh.Conversation.Remove(property);
            }
            var recovered = new TurnContext(activity, fresh);
            await recovered.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = _options.ErrorMessage }, cancellationToken).ConfigureAwait(false);
            if (activity.Type == ActivityTypes.Invoke)
            {
                recovered.InvokeResponse = new InvokeResponse(500);
            }
            return recovered;
        }
    }

    /// <summary>
    /// Conversation and user state, and the further documents the conversation's last turn opened, in one storage read.
    /// </summary>
    private async Task<TurnState> LoadAsync(Activity activity, string conversationKey, CancellationToken cancellationToken)
    {
        var userKey = StateKeys.User(activity);
        var keys = new List<string>(4) { conversationKey, userKey };
        foreach (var key in _readAhead.For(conversationKey))
        {
            if (!keys.Contains(key, StringComparer.Ordinal))
            {
                keys.Add(key);
            }
        }
        var docs = await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        return new TurnState(Bag(conversationKey), Bag(userKey), LoadDocumentAsync, keys.Skip(2).Select(Bag));

        StateBag Bag(string key) => docs.TryGetValue(key, out var doc) ? Load(key, doc) : new StateBag(key);
    }

    private async Task<StateBag> LoadDocumentAsync(string key, CancellationToken cancellationToken)
    {
        var docs = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return docs.TryGetValue(key, out var doc) ? Load(key, doc) : new StateBag(key);
    }

    /// <summary>The previous turn's bag of this document when it is still the stored version, else a bag over the stored JSON.</summary>
    private StateBag Load(string key, StoredDocument doc) => _liveState.TryTake(key, doc.ETag) ?? new StateBag(key, doc.Utf8, doc.ETag);

    private async Task<bool> TrySaveAsync(TurnState state, CancellationToken cancellationToken)
    {
        var writes = new List<StorageWrite>(2);
        var bags = new List<(StateBag Bag, byte[]? Saved)>(3);
        foreach (var bag in state.AllDocuments)
        {
            var utf8 = bag.SerializeUtf8();
            if (utf8 is not null)
            {
                writes.Add(new StorageWrite(bag.Key, utf8, bag.ETag));
            }
            bags.Add((bag, utf8));
        }
        foreach (var unopened in state.UnopenedDocuments)
        {
            bags.Add((unopened, null)); // taken from the live cache at load: put back as they were
        }
        try
        {
            var etags = writes.Count == 0
                ? null
                : await storage.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
            KeepForNextTurn(bags, etags);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <summary>After a successful save: each stored document's bag, as the next turn would load it, with its live values.</summary>
    private void KeepForNextTurn(List<(StateBag Bag, byte[]? Saved)> bags, IReadOnlyDictionary<string, string>? etags)
    {
        if (!_liveState.IsKeeping)
        {
            return; // no carry-over to build when nothing is kept
        }
        foreach (var (bag, saved) in bags)
        {
            var etag = saved is null ? bag.ETag : etags?.GetValueOrDefault(bag.Key);
            if (etag is not null)
            {
                _liveState.Put(bag.CarryOver(saved, etag), saved?.Length ?? bag.StoredLength);
            }
        }
    }

    private static bool IsRemembered(TurnState state, Activity activity) =>
        activity.Id is { } id && ShouldRemember(activity)
        && state.Conversation.Get<List<string>>(RecentIdsProperty) is { } ids && ids.Contains(id);

    private void Remember(TurnState state, Activity activity)
    {
        if (activity.Id is not { } id || !ShouldRemember(activity))
        {
            return;
        }
        var ids = state.Conversation.GetOrAdd(RecentIdsProperty, () => new List<string>());
        ids.Add(id);
        if (ids.Count > _options.RememberedActivityIds)
        {
            ids.RemoveRange(0, ids.Count - _options.RememberedActivityIds);
        }
        if (activity.ServiceUrl is not null && activity.Type != ActivityTypes.Event)
        {
            var reference = activity.GetConversationReference();
            reference.ActivityId = null;
            // Nearly always the one stored (usually still in memory from the last turn): then it is not written again.
            if (!reference.Equals(state.Conversation.GetSnapshot<ConversationReference>(ConversationReferenceProperty)))
            {
                state.Conversation.Set(ConversationReferenceProperty, reference);
            }
        }
    }

    private static bool ShouldRemember(Activity activity) =>
        activity.Type is ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate;

    private async Task<TurnOutcome> DeliverAsync(Activity activity, TurnContext context, CancellationToken cancellationToken)
    {
        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            var body = JsonSerializer.SerializeToElement(new ExpectedReplies { Activities = [.. context.Replies] }, ProtocolJson.Options);
            return new TurnOutcome(200, body);
        }
        await TrySendAsync(activity, context.Replies, cancellationToken).ConfigureAwait(false);
        if (activity.Type == ActivityTypes.Invoke)
        {
            return context.InvokeResponse is { } invoke ? new TurnOutcome(invoke.Status, invoke.Body) : new TurnOutcome(501);
        }
        return TurnOutcome.Ok;
    }

    private async Task TrySendAsync(Activity activity, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        if (activity.ServiceUrl is not { } serviceUrl)
        {
            return;
        }
        foreach (var reply in replies)
        {
            reply.Conversation ??= new ConversationAccount { Id = activity.Conversation?.Id };
            try
            {
                await sender.SendAsync(serviceUrl, reply, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSendFailed(ex, activity.Conversation?.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate activity {ActivityId} ({ActivityType}) acknowledged without processing")]
    private partial void LogDuplicate(string? activityId, string? activityType);

    [LoggerMessage(Level = LogLevel.Debug, Message = "ETag conflict on {StateKey}, attempt {Attempt}; re-running the turn")]
    private partial void LogConflict(string stateKey, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on {StateKey} after repeated ETag conflicts")]
    private partial void LogGaveUp(string stateKey);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in turn for activity {ActivityId} ({ActivityType}) in conversation {ConversationId}")]
    private partial void LogTurnError(Exception ex, string? activityId, string? activityType, string? conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "State storage unavailable while processing activity {ActivityId}")]
    private partial void LogStorageUnavailable(Exception ex, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a reply into conversation {ConversationId} failed")]
    private partial void LogSendFailed(Exception ex, string? conversationId);
}
