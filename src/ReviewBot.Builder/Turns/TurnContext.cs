using ReviewBot.Builder.State;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Builder.Turns;

public sealed class TurnContext(Activity activity, TurnState state) : ITurnContext
{
    private readonly List<Activity> _replies = [];

    public Activity Activity { get; } = activity;
    public TurnState State { get; } = state;
    public IDictionary<string, object> Items { get; } = new Dictionary<string, object>(StringComparer.Ordinal);
    public bool Responded => _replies.Count > 0 || InvokeResponse is not null;
    public IReadOnlyList<Activity> Replies => _replies;
    public InvokeResponse? InvokeResponse { get; set; }

    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation ??= new ConversationAccount { Id = Activity.Conversation?.Id, TenantId = Activity.Conversation?.TenantId };
        activity.From ??= Activity.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null;
        activity.Recipient ??= Activity.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId } : null;
        activity.ReplyToId ??= Activity.Id;
        activity.Locale ??= Activity.Locale;
        _replies.Add(activity);
        return Task.FromResult(new ResourceResponse());
    }
}
