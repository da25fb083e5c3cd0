using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewBot.Turns.Benchmarks;

/// <summary>
/// One user in a personal Teams chat, with ids shaped as fakechannel makes them (<c>29:1…</c> user ids, <c>a:1…</c>
/// conversation ids, an aadObjectId derived from <c>load{n}</c>); the <c>from</c> and <c>conversation</c> objects are
/// serialized once.
/// </summary>
internal sealed class TeamsUser
{
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private TeamsUser(string userId, string conversationId, byte[] fromJson, byte[] conversationJson)
    {
        UserId = userId;
        ConversationId = conversationId;
        FromJson = fromJson;
        ConversationJson = conversationJson;
    }

    public string UserId { get; }
    public string ConversationId { get; }
    public byte[] FromJson { get; }
    public byte[] ConversationJson { get; }

    /// <summary>A new user and chat for loadgen's conversation number <paramref name="number"/> (new ids every time, as every loadgen run).</summary>
    public static TeamsUser Create(int number, string tenantId)
    {
        var key = $"load{number}";
        var aad = new Guid(MD5.HashData(Encoding.UTF8.GetBytes($"aad:{key}")), bigEndian: true).ToString();
        var userId = "29:1" + RandomNumberGenerator.GetString(TokenAlphabet, 40);
        var conversationId = "a:1" + RandomNumberGenerator.GetString(TokenAlphabet, 60);
        var from = new JsonObject { ["id"] = userId, ["name"] = $"Load User {number}", ["aadObjectId"] = aad };
        var conversation = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = tenantId };
        return new TeamsUser(userId, conversationId, Utf8(from), Utf8(conversation));
    }

    internal static byte[] Utf8(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, new JsonSerializerOptions { Encoder = Encoder });
}
