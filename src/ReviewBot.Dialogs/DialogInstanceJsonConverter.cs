using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewBot.Dialogs;

/// <summary>
/// Reads and writes a <see cref="DialogInstance"/> as <c>{"id","version","options","state"}</c>. The stored state is
/// kept as raw JSON and a live state object is written straight into the output, so no JSON tree is built on the way.
/// </summary>
internal sealed class DialogInstanceJsonConverter : JsonConverter<DialogInstance>
{
    public override DialogInstance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog instance must be a JSON object.");
        }
        string? id = null, version = null;
        JsonElement? dialogOptions = null, state = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (Is(name, "id"))
            {
                id = reader.GetString();
            }
            else if (Is(name, "version"))
            {
                version = reader.GetString();
            }
            else if (Is(name, "options"))
            {
                dialogOptions = ReadElement(ref reader);
            }
            else if (Is(name, "state"))
            {
                state = ReadElement(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }
        if (id is null)
        {
            throw new JsonException("A dialog instance has no id.");
        }
        return new DialogInstance { Id = id, Version = version, Options = dialogOptions, State = state };
    }

    public override void Write(Utf8JsonWriter writer, DialogInstance value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        if (value.Version is not null)
        {
            writer.WriteString("version", value.Version);
        }
        if (value.Options is { } dialogOptions)
        {
            writer.WritePropertyName("options");
            dialogOptions.WriteTo(writer);
        }
        if (value.Live is { } live)
        {
            writer.WritePropertyName("state");
            JsonSerializer.Serialize(writer, live, live.GetType(), DialogJson.Options);
        }
        else if (value.State is { } state)
        {
            writer.WritePropertyName("state");
            state.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    private static bool Is(string? name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);

    private static JsonElement? ReadElement(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);
}
