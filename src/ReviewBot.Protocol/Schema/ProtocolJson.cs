using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ReviewBot.Protocol.Schema;

/// <summary>The one JSON setting for the wire: camelCase, nulls omitted, CJK text left unescaped.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>
    /// The metadata of <see cref="Schema.Activity"/> under <see cref="Options"/> (declared after it), for the hot paths that
    /// read and write activities: the typed overloads skip the options' per-call type lookup.
    /// </summary>
    public static JsonTypeInfo<Activity> ActivityInfo { get; } = (JsonTypeInfo<Activity>)Options.GetTypeInfo(typeof(Activity));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 64,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
