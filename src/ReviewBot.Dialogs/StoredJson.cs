using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ReviewBot.Dialogs;

/// <summary>
/// An instance's options or state as JSON: either the UTF-8 bytes it was stored as (a slice of the loaded state
/// document, typed straight from the bytes and written back byte for byte) or a <see cref="JsonElement"/> handed in by code.
/// Stored bytes become an element only when someone asks for <see cref="Element"/>.
/// </summary>
internal sealed class StoredJson
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly bool _serialized;
    private JsonElement? _element;

    private StoredJson(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    private StoredJson(JsonElement element, bool serialized)
    {
        _element = element;
        _serialized = serialized;
    }

    /// <summary>Stored bytes of one complete JSON value other than null; they must never change.</summary>
    public static StoredJson FromUtf8(ReadOnlyMemory<byte> utf8) => new(utf8);

    public static StoredJson? FromElement(JsonElement? element) => element is { } value ? new StoredJson(value, serialized: false) : null;

    /// <summary>
    /// An element <see cref="DialogJson.Options"/>' serializer has just written: its bytes are already what
    /// <see cref="JsonElement.WriteTo"/> would write (same encoder, no spacing), so they are copied instead.
    /// </summary>
    public static StoredJson FromSerialized(JsonElement element) => new(element, serialized: true);

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
        else if (_serialized)
        {
            writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(_element!.Value), skipInputValidation: true);
        }
        else
        {
            _element!.Value.WriteTo(writer);
        }
    }
}
