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
        EnsureDialogValue<T>(nameof(value));
        return value is JsonElement element ? element.Clone() : JsonSerializer.SerializeToElement(value, InfoOf<T>());
    }

    /// <summary>
    /// A value as instance options, taken as it is now: serialized straight to UTF-8 (typed back from those bytes and
    /// written to the stack as they are) unless it is an element already, or null.
    /// </summary>
    internal static StoredJson ToStored<T>(T value)
    {
        EnsureDialogValue<T>(nameof(value));
        return value is JsonElement or null
            ? StoredJson.FromElement(ToElement(value))!
            : StoredJson.FromUtf8(JsonSerializer.SerializeToUtf8Bytes(value, InfoOf<T>()));
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

    private static void EnsureDialogValue<T>(string parameterName)
    {
        if (typeof(T) == typeof(CancellationToken))
        {
            throw new ArgumentException("A CancellationToken is not a dialog value; pass it as the cancellationToken argument.", parameterName);
        }
    }

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
