using System.Text.Json;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Protocol.Tests.Schema;

/// <summary>Accounts and conversation references compare by value, so state can tell an unchanged reference.</summary>
public sealed class AccountEqualityTests
{
    private static Activity Incoming(string tenant = "t1") => JsonSerializer.Deserialize<Activity>($$"""
        {"type":"message","id":"m1","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/amer/",
         "from":{"id":"29:u","name":"张三","aadObjectId":"aad-1"},"recipient":{"id":"28:bot","name":"ReviewBot"},
         "conversation":{"id":"a:1","conversationType":"personal","tenantId":"{{tenant}}"},"locale":"zh-CN"}
        """, ProtocolJson.Options)!;

    [Fact]
    public void References_read_from_equal_activities_are_equal()
    {
        var first = Incoming().GetConversationReference();
        var second = Incoming().GetConversationReference();

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void A_reference_read_back_from_its_json_equals_the_original()
    {
        var reference = Incoming().GetConversationReference();

        var readBack = JsonSerializer.Deserialize<ConversationReference>(JsonSerializer.Serialize(reference, ProtocolJson.Options), ProtocolJson.Options);

        Assert.Equal(reference, readBack);
    }

    [Fact]
    public void Any_differing_field_or_extension_data_makes_references_differ()
    {
        var reference = Incoming().GetConversationReference();

        Assert.NotEqual(reference, Incoming("t2").GetConversationReference());
        Assert.NotEqual(reference, Incoming().GetConversationReference() with { ServiceUrl = "https://smba.trafficmanager.net/emea/" });
        var renamed = Incoming().GetConversationReference();
        renamed.User!.Name = "李四";
        Assert.NotEqual(reference, renamed);
        var extended = Incoming().GetConversationReference();
        extended.Bot!.ExtensionData = new() { ["x"] = JsonSerializer.SerializeToElement(1) };
        Assert.NotEqual(reference, extended);
    }
}
