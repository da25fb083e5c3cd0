namespace ReviewBot.Builder.State;

/// <summary>Reading a value for reading only, so that saving the bag need not serialize it again (see <see cref="GetSnapshot{T}"/>).</summary>
public sealed partial class StateBag
{
    /// <summary>Values read with <see cref="GetSnapshot{T}"/> and not taken live since; the save writes them back as stored.</summary>
    private Dictionary<string, object>? _snapshots;

    /// <summary>
    /// The value of a property as <typeparamref name="T"/> (default when absent or JSON null), for reading only. Unlike
    /// <see cref="Get{T}"/>, the value does not count as changed: the save writes the property back as it was stored
    /// instead of serializing the object again, so changes made to the returned object are <b>not</b> saved; store a
    /// changed value with <see cref="Set{T}"/>. Meant for values treated as immutable (records changed with <c>with</c>)
    /// that are read far more often than changed. Repeated calls return the same object, and a later <see cref="Get{T}"/>
    /// or <c>GetOrAdd</c> takes that object live (it is then written back like any value read that way).
    /// </summary>
    public T? GetSnapshot<T>(string name) where T : class
    {
        if (_live.TryGetValue(name, out var live))
        {
            return live as T;
        }
        if (_snapshots is not null && _snapshots.TryGetValue(name, out var kept) && kept is T typed)
        {
            return typed;
        }
        if (!HasStoredValue(name))
        {
            return default;
        }
        var value = TryTakeKept<T>(name, out var carried) ? carried : ReadStored<T>(name);
        if (value is not null)
        {
            (_snapshots ??= new Dictionary<string, object>(StringComparer.Ordinal))[name] = value;
        }
        return value;
    }

    /// <summary>Takes the snapshot of a property, if any, when it is a <typeparamref name="T"/>.</summary>
    private bool TryTakeSnapshot<T>(string name, out T value)
    {
        if (_snapshots is not null && _snapshots.Remove(name, out var kept) && kept is T typed)
        {
            value = typed;
            return true;
        }
        value = default!;
        return false;
    }
}
