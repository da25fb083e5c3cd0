using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewBot.Host.Tests.Support;

/// <summary>Teams-shaped activity JSON for requests (a personal chat message unless changed).</summary>
public static class Activities
{
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string LoopbackServiceUrl = "http://127.0.0.1:59999/amer/";

    public static JsonObject Message(string text = "你好", string serviceUrl = LoopbackServiceUrl, string channelId = "msteams", string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-20T08:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "张三", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000a1" },
        ["conversation"] = new JsonObject { ["id"] = "a:1" + Guid.NewGuid().ToString("N"), ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot-1", ["name"] = "ReviewBot" },
        ["locale"] = "zh-CN",
        ["textFormat"] = "plain",
        ["text"] = text,
    };

    public static JsonObject Invoke(string name, JsonNode? value = null, string serviceUrl = LoopbackServiceUrl)
    {
        var activity = Message(serviceUrl: serviceUrl);
        activity["type"] = "invoke";
        activity.Remove("text");
        activity["name"] = name;
        activity["value"] = value ?? new JsonObject();
        return activity;
    }

    public static JsonObject Without(this JsonObject activity, params string[] path)
    {
        JsonNode node = activity;
        foreach (var step in path[..^1])
        {
            node = node[step]!;
        }
        node.AsObject().Remove(path[^1]);
        return activity;
    }

    public static JsonObject With(this JsonObject activity, string property, JsonNode? value)
    {
        activity[property] = value;
        return activity;
    }

    public static string Json(this JsonObject activity) => activity.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
