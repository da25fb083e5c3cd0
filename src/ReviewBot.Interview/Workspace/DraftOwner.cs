using ReviewBot.Protocol.Schema;

namespace ReviewBot.Interview.Workspace;

/// <summary>
/// Whose drafts a turn may see. In a personal chat: the user (tenant + user id). In a group chat or channel: that
/// conversation (a channel's threads share one owner), with each item recording its contributor.
/// </summary>
public sealed record DraftOwner(string Key, bool IsShared)
{
    public static DraftOwner From(Activity activity)
    {
        var tenant = activity.GetTenantId() ?? "-";
        var conversation = activity.Conversation;
        var shared = conversation is not null
            && (conversation.IsGroup == true || conversation.ConversationType is "groupChat" or "channel");
        if (shared)
        {
            var id = conversation!.Id ?? string.Empty;
            var thread = id.IndexOf(";messageid=", StringComparison.Ordinal);
            return new DraftOwner($"conversation/{activity.ChannelId}/{tenant}/{(thread >= 0 ? id[..thread] : id)}", true);
        }
        return new DraftOwner($"user/{activity.ChannelId}/{tenant}/{activity.From?.Id}", false);
    }
}
