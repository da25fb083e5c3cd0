namespace ReviewBot.Builder.State;

/// <summary>
/// Carrying a saved turn's live values over to the next turn on the same document (see <see cref="CarryOver"/>), so
/// that it takes the objects instead of reading them from JSON again.
/// </summary>
public sealed partial class StateBag
{
    /// <summary>
    /// Values the previous turn had live, equal to what it saved (see <see cref="CarryOver"/>): handed out instead of
    /// being read from JSON again, and only then counted as read this turn; the others are written back byte for byte.
    /// </summary>
    private Dictionary<string, object>? _carried;

    /// <summary>The last document <see cref="SerializeUtf8"/> returned and where its properties lie, for <see cref="CarryOver"/>.</summary>
    private (byte[] Utf8, List<StoredProperty> Properties)? _lastSaved;

    /// <summary>The same stored document under <paramref name="etag"/>, its properties already located.</summary>
    private StateBag(string key, ReadOnlyMemory<byte> utf8, List<StoredProperty> stored, string etag)
    {
        Key = key;
        ETag = etag;
        _utf8 = utf8;
        _stored = stored;
    }

    /// <summary>
    /// The bag as the next turn would load it once this one is saved: <paramref name="savedUtf8"/> (what was written, or
    /// null when this bag was not written) under <paramref name="etag"/>, carrying this turn's live values so that the
    /// next turn need not read them from JSON again. Only values equal to what was saved are carried: values read or set
    /// this turn (the save wrote exactly them), except change-tracked ones that report changes (their flags stay set), and
    /// snapshots (<see cref="GetSnapshot{T}"/>, written back as stored).
    /// </summary>
    public StateBag CarryOver(byte[]? savedUtf8, string etag)
    {
        ArgumentNullException.ThrowIfNull(etag);
        var next = savedUtf8 switch
        {
            null => new StateBag(Key, _utf8, _stored, etag),
            _ when _lastSaved is { } last && ReferenceEquals(last.Utf8, savedUtf8) => new StateBag(Key, savedUtf8, last.Properties, etag),
            _ => new StateBag(Key, savedUtf8, etag),
        };
        foreach (var (name, value) in _live)
        {
            if (value is not null and not IChangeTracked { HasChanges: true } && next.HasStoredValue(name))
            {
                next.Carry(name, value);
            }
        }
        if (_snapshots is not null)
        {
            // Written back as stored, so equal to what was saved (their readers promise not to change them).
            foreach (var (name, value) in _snapshots)
            {
                if (!_live.ContainsKey(name) && next.HasStoredValue(name))
                {
                    next.Carry(name, value);
                }
            }
        }
        if (_carried is not null)
        {
            foreach (var (name, value) in _carried)
            {
                if (!_live.ContainsKey(name) && next.HasStoredValue(name))
                {
                    next.Carry(name, value);
                }
            }
        }
        return next;
    }

    private void Carry(string name, object value) => (_carried ??= new Dictionary<string, object>(StringComparer.Ordinal))[name] = value;

    /// <summary>
    /// Takes this turn's snapshot of a property (see <see cref="GetSnapshot{T}"/>) or else its carried value, when it is a
    /// <typeparamref name="T"/>; it then counts as read from the store.
    /// </summary>
    private bool TryTakeKept<T>(string name, out T value)
    {
        if (TryTakeSnapshot(name, out value))
        {
            return true;
        }
        if (_carried is null || !_carried.Remove(name, out var carried) || carried is not T typed)
        {
            value = default!;
            return false;
        }
        if (typed is IChangeTracked tracked)
        {
            (_readTracked ??= new Dictionary<string, IChangeTracked>(StringComparer.Ordinal))[name] = tracked;
        }
        value = typed;
        return true;
    }
}
