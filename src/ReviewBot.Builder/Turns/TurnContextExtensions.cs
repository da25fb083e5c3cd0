using ReviewBot.Protocol.Schema;

namespace ReviewBot.Builder.Turns;

public static class TurnContextExtensions
{
    public static Task<ResourceResponse> SendActivityAsync(this ITurnContext context, string text, CancellationToken cancellationToken = default) =>
        context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);

    /// <summary>True in group chats and channels, where the bot only hears @mentions and many people share state.</summary>
    public static bool IsGroupConversation(this ITurnContext context) =>
        context.Activity.Conversation is { } c
        && (c.IsGroup == true || c.ConversationType is "groupChat" or "channel");
}
