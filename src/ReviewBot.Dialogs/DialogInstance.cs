using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewBot.Dialogs;

/// <summary>
/// One dialog on a stack. <see cref="State"/> is the dialog's own JSON; dialogs read it as a typed object with
/// <see cref="GetState{T}"/>, which stays live for the turn and is written back when the stack is serialized.
/// </summary>
[JsonConverter(typeof(DialogInstanceJsonConverter))]
public sealed class DialogInstance
{
    private StoredJson? _storedOptions;
    private object? _sharedOptions;

    public required string Id { get; set; }

    /// <summary>The dialog's <see cref="Dialog.GetVersion"/> when this instance began.</summary>
    public string? Version { get; set; }

    /// <summary>The options the dialog began with (kept so that it can be restarted with them).</summary>
    public JsonElement? Options
    {
        get => StoredOptions?.Element;
        set => StoredOptions = StoredJson.FromElement(value);
    }

    /// <summary>The dialog's state as stored; the live object of this turn (if any) is written in its place.</summary>
    public JsonElement? State
    {
        get => StoredState?.Element;
        set => StoredState = StoredJson.FromElement(value);
    }

    /// <summary>The options as loaded (raw bytes, typed without building an element) or as given.</summary>
    internal StoredJson? StoredOptions
    {
        get => _storedOptions;
        set
        {
            _storedOptions = value;
            _sharedOptions = null;
        }
    }

    internal StoredJson? StoredState { get; set; }

    /// <summary>The typed state read or set this turn, written back instead of <see cref="State"/>.</summary>
    internal object? Live { get; private set; }

    /// <summary>The dialog's state as <typeparamref name="T"/>, read once per turn and written back on save.</summary>
    /// <exception cref="DialogStateException">The stored JSON no longer fits <typeparamref name="T"/>.</exception>
    public T GetState<T>() where T : class, new()
    {
        if (Live is T typed)
        {
            return typed;
        }
        if (Live is not null)
        {
            throw new InvalidOperationException($"Dialog '{Id}' state was read as {Live.GetType().Name}, not {typeof(T).Name}.");
        }
        T value;
        try
        {
            value = StoredState is { } stored && !stored.IsElementOf(JsonValueKind.Null) ? stored.Deserialize(DialogJson.InfoOf<T>()) ?? new T() : new T();
        }
        catch (JsonException ex)
        {
            throw new DialogStateException(this, ex);
        }
        Live = value;
        return value;
    }

    /// <summary>The options as <typeparamref name="T"/>; default when there are none or they are JSON null.</summary>
    /// <exception cref="JsonException">The options do not fit <typeparamref name="T"/>.</exception>
    internal T? ReadOptions<T>() =>
        StoredOptions is { } options && !options.IsElementOf(JsonValueKind.Null) && !options.IsElementOf(JsonValueKind.Undefined)
            ? options.Deserialize(DialogJson.InfoOf<T>())
            : default;

    /// <summary>
    /// The options as <typeparamref name="T"/>, read once and handed to every later caller (until the options are
    /// replaced). Only for the runtime's own read-only uses, such as a prompt's <see cref="Prompts.PromptOptions"/>.
    /// </summary>
    /// <exception cref="JsonException">The options do not fit <typeparamref name="T"/>.</exception>
    internal T? ReadSharedOptions<T>() where T : class
    {
        if (_sharedOptions is { } shared && shared.GetType() == typeof(T))
        {
            return (T)shared;
        }
        var value = ReadOptions<T>();
        _sharedOptions = value;
        return value;
    }

    /// <summary>Replaces the dialog's state with <paramref name="value"/>.</summary>
    public void SetState<T>(T value) where T : class => Live = value;
}
