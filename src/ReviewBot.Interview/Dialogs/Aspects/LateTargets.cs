using System.Text.Json;
using ReviewBot.Builder.Turns;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Interview.Dialogs.Aspects;

/// <summary>Where a slow model's phrasing of a problem should follow the user: this turn's conversation, the draft, the aspect.</summary>
internal static class LateTargets
{
    public static LatePhrasingTarget For(ITurnContext turnContext, string draftId, int aspectIndex) =>
        new(ConversationOf(turnContext.Activity), draftId, aspectIndex);

    /// <summary>
    /// This turn's conversation as a reference for a later proactive turn. The tenant is put on the conversation
    /// even when the inbound activity carried it only in channelData, so the proactive turn finds the same drafts.
    /// </summary>
    public static ConversationReference ConversationOf(Activity activity)
    {
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        if (reference.Conversation is { } conversation)
        {
            var copy = JsonSerializer.Deserialize<ConversationAccount>(JsonSerializer.Serialize(conversation, ProtocolJson.Options), ProtocolJson.Options)!;
            if (string.IsNullOrEmpty(copy.TenantId))
            {
                copy.TenantId = activity.GetTenantId();
            }
            reference.Conversation = copy;
        }
        return reference;
    }
}
