using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ReviewBot.Dialogs;

/// <summary>
/// An instance's options or state as JSON: either UTF-8 bytes (a slice of the loaded state document, or options just
/// serialized; typed straight from the bytes and written back byte for byte) or a <see cref="JsonElement"/> handed in by code.
/// Stored bytes become an element only when someone asks for <see cref="Element"/>.
/// </summary>
internal sealed class StoredJson
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private JsonElement? _element;

    private StoredJson(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    private StoredJson(JsonElement element) => _element = element;

    /// <summary>
    /// UTF-8 of one complete JSON value other than null, as stored or as <see cref="DialogJson.Options"/>' serializer
    /// wrote it (same encoder, no spacing: what the stack's writer would write); the bytes must never change.
    /// </summary>
    public static StoredJson FromUtf8(ReadOnlyMemory<byte> utf8) => new(utf8);

    public static StoredJson? FromElement(JsonElement? element) => element is { } value ? new StoredJson(value) : null;

    /// <summary>The value as an element, parsed from the stored bytes on first use.</summary>
    public JsonElement Element => _element ??= JsonSerializer.Deserialize<JsonElement>(_utf8.Span);

    /// <summary>Whether the value is an element of <paramref name="kind"/> (stored bytes are never null or undefined; no parse needed).</summary>
    public bool IsElementOf(JsonValueKind kind) => _utf8.IsEmpty && _element!.Value.ValueKind == kind;

    public T? Deserialize<T>(JsonTypeInfo<T> typeInfo) =>
        _utf8.IsEmpty ? _element!.Value.Deserialize(typeInfo) : JsonSerializer.Deserialize(_utf8.Span, typeInfo);

    /// <summary>
    /// Stored and serialized bytes are copied as they are; an element handed in by code is written token by token, as
    /// <see cref="JsonElement.WriteTo"/> does (it may come from anywhere, e.g. a document parsed with comments allowed).
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (!_utf8.IsEmpty)
        {
            writer.WriteRawValue(_utf8.Span, skipInputValidation: true);
        }
        else
        {
            _element!.Value.WriteTo(writer);
        }
    }
}
