using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Tests.Support;

/// <summary>Inbound activities shaped like Teams' and the Agents Playground's.</summary>
internal static class TestActivities
{
    public const string PersonalChat = "a:1personal-chat-id";
    public const string GroupChat = "19:group-chat-id@thread.v2";
    public const string ServiceUrl = "http://127.0.0.1:9/_connector";

    public static Activity Export(string conversationId = PersonalChat, string conversationType = "personal", string channelId = Channels.MsTeams) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString(),
        ChannelId = channelId,
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount { Id = "29:user-1", Name = "张三" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "ReviewBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = conversationType, TenantId = "tenant-1", IsGroup = conversationType != "personal" ? true : null },
        Text = ExportBot.ExportCommand,
        Locale = "zh-CN",
    };

    /// <summary>The recorded playground <c>fileConsent/invoke</c> (accept), pointed at this test's conversation, file and upload URL.</summary>
    public static Activity Accept(string fileId, string uploadUrl, string conversationId = PersonalChat) =>
        FromRecording("fileConsent-accept.json", conversationId, value =>
        {
            value["context"]!["fileId"] = fileId;
            value["uploadInfo"]!["name"] = "对照检查材料_全文 (2023).docx";
            value["uploadInfo"]!["uploadUrl"] = uploadUrl;
            value["uploadInfo"]!["contentUrl"] = "https://contoso-my.sharepoint.com/personal/user/Documents/Applications/ReviewBot/draft.docx";
            value["uploadInfo"]!["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C";
            value["uploadInfo"]!["fileType"] = "docx";
        });

    public static Activity Decline(string fileId, string conversationId = PersonalChat) =>
        FromRecording("fileConsent-decline.json", conversationId, value => value["context"]!["fileId"] = fileId);

    public static Activity ConsentInvoke(JsonNode value, string conversationId = PersonalChat) =>
        FromRecording("fileConsent-decline.json", conversationId, v => v.ReplaceWith(value));

    private static Activity FromRecording(string file, string conversationId, Action<JsonNode> editValue)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", file)))!;
        root["id"] = Guid.NewGuid().ToString();
        root["serviceUrl"] = ServiceUrl;
        root["conversation"]!["id"] = conversationId;
        editValue(root["value"]!);
        return root.Deserialize<Activity>(ProtocolJson.Options)!;
    }
}
