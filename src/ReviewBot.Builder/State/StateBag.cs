using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewBot.Builder.State;

/// <summary>
/// One stored state document (conversation or user state) loaded for a turn. Properties are read into live
/// objects once per turn; <see cref="Serialize"/> writes them back. Unchanged bags are not written.
/// </summary>
public sealed class StateBag
{
    private readonly JsonObject _root;
    private readonly Dictionary<string, object?> _live = new(StringComparer.Ordinal);
    private readonly string? _loadedJson;

    public StateBag(string key, string? json, string? etag)
    {
        Key = key;
        ETag = etag;
        _loadedJson = json;
        _root = json is null ? [] : JsonNode.Parse(json) as JsonObject ?? [];
    }

    public string Key { get; }

    /// <summary>The ETag the document had when loaded; null when it did not exist.</summary>
    public string? ETag { get; }

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The live value of a property, created with <paramref name="create"/> when absent.</summary>
    public T GetOrAdd<T>(string name, Func<T> create) where T : class
    {
        if (_live.TryGetValue(name, out var live) && live is T typed)
        {
            return typed;
        }
        var value = _root[name] is { } node ? node.Deserialize<T>(JsonOptions) ?? create() : create();
        _live[name] = value;
        return value;
    }

    public T? Get<T>(string name)
    {
        if (_live.TryGetValue(name, out var live))
        {
            return live is T typed ? typed : default;
        }
        if (_root[name] is not { } node)
        {
            return default;
        }
        var value = node.Deserialize<T>(JsonOptions);
        _live[name] = value;
        return value;
    }

    public void Set<T>(string name, T value) => _live[name] = value;

    public void Remove(string name)
    {
        _live.Remove(name);
        _root.Remove(name);
    }

    public bool Contains(string name) => _live.ContainsKey(name) || _root.ContainsKey(name);

    /// <summary>The document to store, or null when nothing changed since it was loaded.</summary>
    public string? Serialize()
    {
        foreach (var (name, value) in _live)
        {
            _root[name] = value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), JsonOptions);
        }
        var json = _root.ToJsonString(JsonOptions);
        return string.Equals(json, _loadedJson ?? "{}", StringComparison.Ordinal) ? null : json;
    }
}
