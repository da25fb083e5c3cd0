using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ReviewBot.Dialogs;

/// <summary>
/// The one JSON setting for dialog options, results and per-instance state: camelCase, nulls omitted,
/// enums as strings, CJK text unescaped. Options and results travel as <see cref="JsonElement"/>; these helpers type them.
/// </summary>
public static class DialogJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>A value as JSON; a <see cref="JsonElement"/> is cloned as is.</summary>
    public static JsonElement ToElement<T>(T value)
    {
        RejectCancellationToken<T>();
        return value is JsonElement element ? element.Clone() : JsonSerializer.SerializeToElement(value, InfoOf<T>());
    }

    /// <summary>
    /// A value as instance options: the serializer's UTF-8 bytes, kept as they are (no element is built unless someone
    /// asks for one), or the element itself when it is one already or the value is null.
    /// </summary>
    internal static StoredJson ToStored<T>(T value)
    {
        if (value is null or JsonElement)
        {
            return StoredJson.FromElement(ToElement(value))!;
        }
        RejectCancellationToken<T>();
        var utf8 = JsonSerializer.SerializeToUtf8Bytes(value, InfoOf<T>());
        return utf8.AsSpan().SequenceEqual("null"u8) ? StoredJson.FromElement(ToElement(value))! : StoredJson.FromUtf8(utf8);
    }

    private static void RejectCancellationToken<T>()
    {
        if (typeof(T) == typeof(CancellationToken))
        {
            throw new ArgumentException("A CancellationToken is not a dialog value; pass it as the cancellationToken argument.", "value");
        }
    }

    /// <summary>The JSON read as <typeparamref name="T"/>; default for null or JSON null.</summary>
    public static T? Read<T>(JsonElement? json) =>
        json is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } element
            ? element.Deserialize(InfoOf<T>())
            : default;

    /// <summary>
    /// The serializer's metadata for <typeparamref name="T"/> under <see cref="Options"/>, looked up once per type rather
    /// than on every call (an options-based call asks the options' type cache each time).
    /// </summary>
    internal static JsonTypeInfo<T> InfoOf<T>() => TypeInfoCache<T>.Get();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static class TypeInfoCache<T>
    {
        private static JsonTypeInfo<T>? _value;

        public static JsonTypeInfo<T> Get() => _value ??= (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
    }
}
