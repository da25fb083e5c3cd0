using ReviewBot.Protocol.Schema;

namespace ReviewBot.Builder.State;

/// <summary>Storage keys of conversation and user state. Ids are opaque; they are used verbatim after a prefix.</summary>
public static class StateKeys
{
    public static string Conversation(Activity activity) =>
        $"conversation/{activity.ChannelId}/{activity.Conversation?.Id}";

    public static string User(Activity activity) =>
        $"user/{activity.ChannelId}/{activity.GetTenantId() ?? "-"}/{activity.From?.Id}";
}
