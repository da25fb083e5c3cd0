using ReviewBot.Interview.Workspace;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Interview.Tests.Workspace;

public sealed class DraftOwnerTests
{
    private static Activity Message(string conversationId, string? type, string userId, string tenant = "t1", bool? isGroup = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = userId },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = type, TenantId = tenant, IsGroup = isGroup },
    };

    [Fact]
    public void A_personal_chat_belongs_to_the_user_in_the_tenant()
    {
        var owner = DraftOwner.From(Message("a:1", "personal", "29:user-a"));

        Assert.False(owner.IsShared);
        Assert.Equal("user/msteams/t1/29:user-a", owner.Key);
    }

    [Fact]
    public void Two_users_and_two_tenants_get_different_personal_owners()
    {
        var a = DraftOwner.From(Message("a:1", "personal", "29:user-a"));
        var b = DraftOwner.From(Message("a:1", "personal", "29:user-b"));
        var otherTenant = DraftOwner.From(Message("a:1", "personal", "29:user-a", tenant: "t2"));

        Assert.NotEqual(a.Key, b.Key);
        Assert.NotEqual(a.Key, otherTenant.Key);
    }

    [Fact]
    public void The_same_user_in_a_new_personal_conversation_keeps_the_owner()
    {
        Assert.Equal(
            DraftOwner.From(Message("a:1", "personal", "29:user-a")).Key,
            DraftOwner.From(Message("a:2", "personal", "29:user-a")).Key);
    }

    [Theory]
    [InlineData("groupChat", null)]
    [InlineData("channel", null)]
    [InlineData(null, true)]
    public void Group_chats_and_channels_belong_to_the_conversation_whoever_writes(string? type, bool? isGroup)
    {
        var a = DraftOwner.From(Message("19:g@thread.v2", type, "29:user-a", isGroup: isGroup));
        var b = DraftOwner.From(Message("19:g@thread.v2", type, "29:user-b", isGroup: isGroup));

        Assert.True(a.IsShared);
        Assert.Equal(a, b);
        Assert.DoesNotContain("user-a", a.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void A_channels_threads_share_one_owner()
    {
        var root = DraftOwner.From(Message("19:c@thread.tacv2", "channel", "29:user-a"));
        var thread = DraftOwner.From(Message("19:c@thread.tacv2;messageid=1700000000", "channel", "29:user-b"));

        Assert.Equal(root, thread);
    }

    [Fact]
    public void A_group_owner_never_equals_a_personal_owner()
    {
        var group = DraftOwner.From(Message("29:user-a", "groupChat", "29:user-a"));
        var personal = DraftOwner.From(Message("29:user-a", "personal", "29:user-a"));

        Assert.NotEqual(group.Key, personal.Key);
    }
}
