using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewBot.Dialogs;

/// <summary>
/// Reads and writes a <see cref="DialogInstance"/> as <c>{"id","version","options","state"}</c>. A live state object is
/// written straight into the output; stored options and state that were loaded as raw bytes (see
/// <see cref="DialogStateJson"/>) are copied back as they are, so no JSON tree is built on the way.
/// </summary>
internal sealed class DialogInstanceJsonConverter : JsonConverter<DialogInstance>
{
    private enum Field { Other, Id, Version, Options, State }

    public override DialogInstance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadInstance(ref reader, source: default);

    /// <summary>
    /// Reads one instance. Given the <paramref name="source"/> the reader runs over (from its first byte), options and
    /// state are kept as slices of it; without it they are parsed into elements.
    /// </summary>
    internal static DialogInstance ReadInstance(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog instance must be a JSON object.");
        }
        string? id = null, version = null;
        StoredJson? dialogOptions = null, state = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = FieldOf(ref reader);
            reader.Read();
            switch (field)
            {
                case Field.Id:
                    id = ReadString(ref reader);
                    break;
                case Field.Version:
                    version = ReadString(ref reader);
                    break;
                case Field.Options:
                    dialogOptions = ReadValue(ref reader, source);
                    break;
                case Field.State:
                    state = ReadValue(ref reader, source);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        if (id is null)
        {
            throw new JsonException("A dialog instance has no id.");
        }
        return new DialogInstance { Id = id, Version = version, StoredOptions = dialogOptions, StoredState = state };
    }

    public override void Write(Utf8JsonWriter writer, DialogInstance value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        if (value.Version is not null)
        {
            writer.WriteString("version", value.Version);
        }
        if (value.StoredOptions is { } dialogOptions)
        {
            writer.WritePropertyName("options");
            dialogOptions.WriteTo(writer);
        }
        if (value.Live is { } live)
        {
            writer.WritePropertyName("state");
            JsonSerializer.Serialize(writer, live, live.GetType(), DialogJson.Options);
        }
        else if (value.StoredState is { } state)
        {
            writer.WritePropertyName("state");
            state.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    /// <summary>Property names match case-insensitively, as the serializer's web defaults do; the exact spelling needs no string.</summary>
    private static Field FieldOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("id"u8))
        {
            return Field.Id;
        }
        if (reader.ValueTextEquals("version"u8))
        {
            return Field.Version;
        }
        if (reader.ValueTextEquals("options"u8))
        {
            return Field.Options;
        }
        if (reader.ValueTextEquals("state"u8))
        {
            return Field.State;
        }
        var name = reader.GetString();
        return Is(name, "id") ? Field.Id
            : Is(name, "version") ? Field.Version
            : Is(name, "options") ? Field.Options
            : Is(name, "state") ? Field.State
            : Field.Other;
    }

    private static bool Is(string? name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);

    private static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"A dialog instance's id and version must be strings, not {reader.TokenType}."),
    };

    private static StoredJson? ReadValue(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (source.IsEmpty)
        {
            return StoredJson.FromElement(JsonElement.ParseValue(ref reader));
        }
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return StoredJson.FromUtf8(source[start..(int)reader.BytesConsumed]);
    }
}
