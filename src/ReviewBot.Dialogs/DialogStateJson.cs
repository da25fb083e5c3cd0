using System.Text.Json;

namespace ReviewBot.Dialogs;

/// <summary>
/// Reads a stored <see cref="DialogState"/> straight from the state document's UTF-8 bytes (see
/// <c>StateBag.GetOrAdd</c> with a reader): each instance's options and state stay slices of those bytes until a dialog
/// reads them, and unread ones are written back as they were. Reads what the serializer reads, with the same errors.
/// </summary>
internal static class DialogStateJson
{
    public static DialogState Read(ReadOnlyMemory<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8.Span);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A dialog state must be a JSON object, not {reader.TokenType}.");
        }
        var state = new DialogState();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStack = reader.ValueTextEquals("dialogStack"u8)
                || string.Equals(reader.GetString(), "dialogStack", StringComparison.OrdinalIgnoreCase);
            reader.Read();
            if (!isStack)
            {
                reader.Skip();
                continue;
            }
            state.DialogStack = reader.TokenType switch
            {
                JsonTokenType.Null => null!,
                JsonTokenType.StartArray => ReadStack(ref reader, utf8),
                _ => throw new JsonException($"A dialog stack must be a JSON array, not {reader.TokenType}."),
            };
        }
        return state;
    }

    private static List<DialogInstance> ReadStack(ref Utf8JsonReader reader, ReadOnlyMemory<byte> utf8)
    {
        var stack = new List<DialogInstance>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // A null entry reads as null, as the serializer reads it.
            stack.Add(reader.TokenType == JsonTokenType.Null ? null! : DialogInstanceJsonConverter.ReadInstance(ref reader, utf8));
        }
        return stack;
    }
}
