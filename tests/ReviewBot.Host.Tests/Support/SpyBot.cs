using System.Collections.Concurrent;
using System.Text.Json;
using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Host.Tests.Support;

/// <summary>
/// Records every activity that reaches the application. Messages get one reply naming the text length and
/// bump a counter in conversation state; the invoke <see cref="KnownInvoke"/> answers 200 with a body.
/// </summary>
public sealed class SpyBot : IBot
{
    public const string KnownInvoke = "test/ping";

    private readonly ConcurrentQueue<Activity> _received = new();

    public IReadOnlyList<Activity> Received => [.. _received];

    public void Clear() => _received.Clear();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        _received.Enqueue(activity);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                var count = turnContext.State.Conversation.Get<int>("messages") + 1;
                turnContext.State.Conversation.Set("messages", count);
                await turnContext.SendActivityAsync($"received {activity.Text?.Length ?? 0} characters", cancellationToken);
                break;
            case ActivityTypes.Invoke when activity.Name == KnownInvoke:
                turnContext.InvokeResponse = new InvokeResponse(200, JsonSerializer.SerializeToElement(new { pong = true }));
                break;
        }
    }
}
