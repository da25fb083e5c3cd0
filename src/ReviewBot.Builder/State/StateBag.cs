using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ReviewBot.Builder.State;

/// <summary>
/// One stored state document (conversation or user state) loaded for a turn. Properties are read into live
/// objects once per turn; <see cref="SerializeUtf8"/> writes them back. Unchanged bags are not written.
/// </summary>
/// <remarks>
/// The stored JSON is split into its top-level properties once, without building a tree: a property is deserialized
/// straight from its stored bytes when first read, and properties never read are written back byte for byte.
/// </remarks>
public sealed partial class StateBag
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly List<StoredProperty> _stored = [];
    private readonly Dictionary<string, object?> _live = new(StringComparer.Ordinal);
    private HashSet<string>? _removed;

    /// <summary>Change-tracked values as they were read from the stored document (see <see cref="IChangeTracked"/>).</summary>
    private Dictionary<string, IChangeTracked>? _readTracked;

    /// <summary>
    /// <see cref="SerializeUtf8"/>'s scratch buffer, kept per thread between calls (it never awaits): a save allocates only
    /// the resulting document. Buffers grown past <see cref="MaxScratchBytes"/> are not kept.
    /// </summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_scratch;

    private const int MaxScratchBytes = 1 << 20;

    /// <summary>A bag for a document that is not stored yet.</summary>
    public StateBag(string key)
    {
        Key = key;
    }

    /// <exception cref="JsonException"><paramref name="json"/> is not valid JSON.</exception>
    public StateBag(string key, string? json, string? etag)
    {
        Key = key;
        ETag = etag;
        if (json is not null)
        {
            _utf8 = Encoding.UTF8.GetBytes(json);
            ReadProperties();
        }
    }

    /// <summary>A bag over a stored UTF-8 document, which must not change afterwards (the bag keeps slices of it).</summary>
    /// <exception cref="JsonException"><paramref name="utf8"/> is not valid JSON.</exception>
    public StateBag(string key, ReadOnlyMemory<byte> utf8, string? etag)
    {
        Key = key;
        ETag = etag;
        _utf8 = utf8;
        ReadProperties();
    }

    public string Key { get; }

    /// <summary>The size of the stored document this bag was loaded from, in UTF-8 bytes (0 when there was none).</summary>
    public int StoredLength => _utf8.Length;

    /// <summary>The ETag the document had when loaded; null when it did not exist.</summary>
    public string? ETag { get; }

    /// <summary>Read-only from the start (as the serializer would make it on first use), so typed metadata can be taken from it.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = CreateJsonOptions();

    /// <summary>Declared after <see cref="JsonOptions"/>, whose encoder it shares (static initializers run in order).</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JsonOptions.Encoder, SkipValidation = true };

    /// <summary>The live value of a property, created with <paramref name="create"/> when absent.</summary>
    public T GetOrAdd<T>(string name, Func<T> create) where T : class
    {
        if (_live.TryGetValue(name, out var live) && live is T typed)
        {
            return typed;
        }
        var value = TryTakeKept<T>(name, out var carried) ? carried : ReadStored<T>(name) ?? create();
        _live[name] = value;
        return value;
    }

    /// <summary>
    /// As <see cref="GetOrAdd{T}(string, Func{T})"/>, but a stored value is read by <paramref name="read"/> from its stored
    /// UTF-8 JSON (never JSON null) instead of the serializer, e.g. to keep parts of it raw. The memory is never changed
    /// afterwards, so the result may keep slices of it (also when the value is carried over to later turns, see
    /// <see cref="CarryOver"/>: the reader then is not called again). <paramref name="read"/> reports bad JSON with a
    /// <see cref="JsonException"/>.
    /// </summary>
    public T GetOrAdd<T>(string name, Func<T> create, Func<ReadOnlyMemory<byte>, T> read) where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        if (_live.TryGetValue(name, out var live) && live is T typed)
        {
            return typed;
        }
        var value = TryTakeKept<T>(name, out var carried) ? carried
            : (HasStoredValue(name) ? read(StoredMemory(FindStored(name)!)) : null) ?? create();
        _live[name] = value;
        return value;
    }

    public T? Get<T>(string name)
    {
        if (_live.TryGetValue(name, out var live))
        {
            return live is T typed ? typed : default;
        }
        if (!HasStoredValue(name))
        {
            return default;
        }
        var value = TryTakeKept<T>(name, out var carried) ? carried : ReadStored<T>(name);
        _live[name] = value;
        return value;
    }

    public void Set<T>(string name, T value) => _live[name] = value;

    public void Remove(string name)
    {
        _live.Remove(name);
        _carried?.Remove(name);
        _snapshots?.Remove(name);
        _readTracked?.Remove(name);
        (_removed ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
    }

    public bool Contains(string name) => _live.ContainsKey(name) || (!IsRemoved(name) && FindStored(name) is not null);

    /// <summary>The document to store, or null when nothing changed since it was loaded.</summary>
    public string? Serialize() => SerializeUtf8() is { } utf8 ? Encoding.UTF8.GetString(utf8) : null;

    /// <summary>The document to store as UTF-8, or null when nothing changed since it was loaded.</summary>
    public byte[]? SerializeUtf8()
    {
        if (_live.Count == 0 && _removed is null)
        {
            return null;
        }
        var buffer = t_scratch ?? new ArrayBufferWriter<byte>(_utf8.Length + 256);
        t_scratch = null;
        try
        {
            var properties = new List<StoredProperty>(_stored.Count + 2);
            if (!Write(buffer, properties))
            {
                return null;
            }
            var utf8 = buffer.WrittenSpan.ToArray();
            _lastSaved = (utf8, properties);
            return utf8;
        }
        finally
        {
            if (buffer.Capacity <= MaxScratchBytes)
            {
                buffer.ResetWrittenCount();
                t_scratch = buffer;
            }
        }
    }

    /// <summary>
    /// Writes the document into <paramref name="buffer"/>, noting where each property's value lies in
    /// <paramref name="properties"/>; whether it differs from the stored one.
    /// </summary>
    private bool Write(ArrayBufferWriter<byte> buffer, List<StoredProperty> properties)
    {
        var changed = false;
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var property in _stored)
            {
                if (_live.TryGetValue(property.Name, out var value) && !IsUnchangedAsRead(property.Name, value))
                {
                    var start = WriteName(writer, buffer, property.Name);
                    WriteValue(writer, value);
                    EndValue(writer, buffer, property.Name, start, properties);
                    changed |= !buffer.WrittenSpan[start..].SequenceEqual(StoredBytes(property));
                }
                else if (IsRemoved(property.Name))
                {
                    changed = true;
                }
                else
                {
                    var start = WriteName(writer, buffer, property.Name);
                    writer.WriteRawValue(StoredBytes(property), skipInputValidation: true);
                    EndValue(writer, buffer, property.Name, start, properties);
                }
            }
            foreach (var (name, value) in _live)
            {
                // A property read while absent stays absent: null and missing read the same.
                if (value is not null && FindStored(name) is null)
                {
                    var start = WriteName(writer, buffer, name);
                    WriteValue(writer, value);
                    EndValue(writer, buffer, name, start, properties);
                    changed = true;
                }
            }
            writer.WriteEndObject();
        }
        return changed;
    }

    /// <summary>Writes a property name; where its value will start.</summary>
    private static int WriteName(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, string name)
    {
        writer.WritePropertyName(name);
        writer.Flush();
        return buffer.WrittenCount;
    }

    /// <summary>Notes where the value just written lies.</summary>
    private static void EndValue(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, string name, int start, List<StoredProperty> properties)
    {
        writer.Flush();
        properties.Add(new StoredProperty(name, start, buffer.WrittenCount - start));
    }

    private bool IsRemoved(string name) => _removed?.Contains(name) == true;

    /// <summary>Whether <paramref name="value"/> is the change-tracked object read from the store, with no change since.</summary>
    private bool IsUnchangedAsRead(string name, object? value) =>
        value is IChangeTracked { HasChanges: false } && _readTracked?.GetValueOrDefault(name) is { } read && ReferenceEquals(read, value);

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, value, value.GetType(), JsonOptions);
        }
    }

    /// <summary>Whether the property is stored (and not removed this turn) with a value other than JSON null.</summary>
    private bool HasStoredValue(string name) =>
        !IsRemoved(name) && FindStored(name) is { } property && !StoredBytes(property).SequenceEqual("null"u8);

    /// <summary>The stored value of a property as <typeparamref name="T"/>; default when absent, removed or JSON null.</summary>
    private T? ReadStored<T>(string name)
    {
        if (!HasStoredValue(name))
        {
            return default;
        }
        var value = JsonSerializer.Deserialize(StoredBytes(FindStored(name)!), TypeInfoCache<T>.Get());
        if (value is IChangeTracked tracked)
        {
            (_readTracked ??= new Dictionary<string, IChangeTracked>(StringComparer.Ordinal))[name] = tracked;
        }
        return value;
    }

    private StoredProperty? FindStored(string name)
    {
        foreach (var property in _stored)
        {
            if (property.Name == name)
            {
                return property;
            }
        }
        return null;
    }

    private ReadOnlySpan<byte> StoredBytes(StoredProperty property) => _utf8.Span.Slice(property.Start, property.Length);

    private ReadOnlyMemory<byte> StoredMemory(StoredProperty property) => _utf8.Slice(property.Start, property.Length);

    /// <summary>Records where each top-level property's value lies; a document that is not an object has none.</summary>
    private void ReadProperties()
    {
        var reader = new Utf8JsonReader(_utf8.Span);
        if (!reader.Read())
        {
            throw new JsonException("The stored state document is empty.");
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            reader.Read(); // trailing content throws, as JsonNode.Parse would
            return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            var length = (int)reader.BytesConsumed - start;
            RemoveStored(name); // a repeated name: the last one counts
            _stored.Add(new StoredProperty(name, start, length));
        }
        reader.Read(); // trailing content throws, as JsonNode.Parse would
    }

    private void RemoveStored(string name)
    {
        for (var i = _stored.Count - 1; i >= 0; i--)
        {
            if (_stored[i].Name == name)
            {
                _stored.RemoveAt(i);
            }
        }
    }

    private sealed record StoredProperty(string Name, int Start, int Length);

    /// <summary>The metadata for <typeparamref name="T"/> under <see cref="JsonOptions"/>, looked up once per type instead of per call.</summary>
    private static class TypeInfoCache<T>
    {
        private static JsonTypeInfo<T>? _value;

        public static JsonTypeInfo<T> Get() => _value ??= (JsonTypeInfo<T>)JsonOptions.GetTypeInfo(typeof(T));
    }
}
