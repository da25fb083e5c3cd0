using System.Text.Json;
using ReviewBot.Builder.Turns;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Interview.Dialogs.Aspects;

/// <summary>The phrasing request for one problem of a draft's aspect, as the aspect and review dialogs send it.</summary>
internal static class ProblemRequests
{
    public static ProblemRequest For(InterviewContext interview, Draft draft, int aspectIndex, string rawInput, ITurnContext turnContext)
    {
        var framework = interview.FrameworkOf(draft);
        var aspect = framework.FindAspect(draft.Aspects[aspectIndex].AspectId) ?? framework.Aspects[0];
        return new ProblemRequest
        {
            Framework = framework, Aspect = aspect, Kind = draft.Setup.Kind, RawInput = rawInput,
            DraftId = draft.Id, UnitName = draft.Setup.UnitName, PersonName = draft.Setup.Person?.Name,
            LateTarget = new LatePhrasingTarget(ConversationOf(turnContext.Activity), draft.Id, aspectIndex),
        };
    }

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
