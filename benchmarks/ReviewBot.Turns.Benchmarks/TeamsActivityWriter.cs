using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewBot.Turns.Benchmarks;

/// <summary>
/// Writes a user's message as Teams (and fakechannel) post it to <c>/api/messages</c>: UTF-8 JSON with the text
/// unescaped, epoch-millisecond ids, UTC and +08:00 timestamps, serviceUrl, tenant, zh-CN clientInfo entity.
/// Reuses one buffer, so the client side adds nothing to the measured allocations.
/// </summary>
internal sealed class TeamsActivityWriter
{
    /// <summary>Never called: the benchmark replaces the connector. Loopback, like fakechannel's, which the anonymous host requires.</summary>
    public const string ServiceUrl = "http://127.0.0.1:9/amer/";

    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;
    private readonly byte[] _recipientJson;
    private readonly byte[] _channelDataJson;
    private readonly byte[] _entitiesJson;
    private long _nextId = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public TeamsActivityWriter(string tenantId)
    {
        TenantId = tenantId;
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = TeamsUser.Encoder });
        _recipientJson = TeamsUser.Utf8(new JsonObject { ["id"] = $"28:{Guid.NewGuid()}", ["name"] = "ReviewBot" });
        _channelDataJson = TeamsUser.Utf8(new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } });
        _entitiesJson = TeamsUser.Utf8(new JsonArray(new JsonObject
        {
            ["type"] = "clientInfo", ["locale"] = "zh-CN", ["country"] = "CN", ["platform"] = "Web", ["timezone"] = "Asia/Shanghai",
        }));
    }

    public string TenantId { get; }

    /// <summary>The request body of a message from <paramref name="user"/>; valid until the next call.</summary>
    public ReadOnlySpan<byte> WriteMessage(TeamsUser user, ReadOnlySpan<char> text)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        var now = DateTimeOffset.UtcNow;
        _writer.WriteStartObject();
        _writer.WriteString("type"u8, "message"u8);
        Span<char> id = stackalloc char[20];
        (++_nextId).TryFormat(id, out var idLength);
        _writer.WriteString("id"u8, id[..idLength]);
        _writer.WriteString("timestamp"u8, now.UtcDateTime);
        _writer.WriteString("localTimestamp"u8, now.ToOffset(ChinaStandardTime));
        _writer.WriteString("localTimezone"u8, "Asia/Shanghai"u8);
        _writer.WriteString("serviceUrl"u8, ServiceUrl);
        _writer.WriteString("channelId"u8, "msteams"u8);
        Raw("from"u8, user.FromJson);
        Raw("conversation"u8, user.ConversationJson);
        Raw("recipient"u8, _recipientJson);
        Raw("channelData"u8, _channelDataJson);
        _writer.WriteString("locale"u8, "zh-CN"u8);
        Raw("entities"u8, _entitiesJson);
        _writer.WriteString("textFormat"u8, "plain"u8);
        _writer.WriteString("text"u8, text);
        _writer.WriteEndObject();
        _writer.Flush();
        return _buffer.WrittenSpan;
    }

    private void Raw(ReadOnlySpan<byte> name, byte[] json)
    {
        _writer.WritePropertyName(name);
        _writer.WriteRawValue(json, skipInputValidation: true);
    }
}
