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
    public required string Id { get; set; }

    /// <summary>The dialog's <see cref="Dialog.GetVersion"/> when this instance began.</summary>
    public string? Version { get; set; }

    /// <summary>The options the dialog began with (kept so that it can be restarted with them).</summary>
    public JsonElement? Options { get; set; }

    /// <summary>The dialog's state as stored; the live object of this turn (if any) is written in its place.</summary>
    public JsonElement? State { get; set; }

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
            value = State is { ValueKind: not JsonValueKind.Null } stored ? stored.Deserialize<T>(DialogJson.Options) ?? new T() : new T();
        }
        catch (JsonException ex)
        {
            throw new DialogStateException(this, ex);
        }
        Live = value;
        return value;
    }

    /// <summary>Replaces the dialog's state with <paramref name="value"/>.</summary>
    public void SetState<T>(T value) where T : class => Live = value;
}
