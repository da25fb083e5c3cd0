using ReviewBot.Builder.State;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Builder.Turns;

/// <summary>
/// One turn: the inbound activity, its state, and the replies. Replies are buffered and sent only after
/// the turn's state has been saved.
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    TurnState State { get; }

    /// <summary>Per-turn scratch space for components (not persisted).</summary>
    IDictionary<string, object> Items { get; }

    bool Responded { get; }

    IReadOnlyList<Activity> Replies { get; }

    /// <summary>The answer to an invoke activity; null answers 501 for invokes.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Queues a reply; conversation, from, recipient and replyToId are filled from the inbound activity when missing.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);
}
