using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ReviewBot.Dialogs;

/// <summary>
/// One dialog on a stack. <see cref="State"/> is the dialog's own JSON; dialogs read it as a typed object with
/// <see cref="GetState{T}"/>, which stays live for the turn and is written back when the stack is serialized.
/// </summary>
public sealed class DialogInstance : IJsonOnSerializing
{
    private object? _live;

    public required string Id { get; set; }

    /// <summary>The dialog's <see cref="Dialog.GetVersion"/> when this instance began.</summary>
    public string? Version { get; set; }

    /// <summary>The options the dialog began with (kept so that it can be restarted with them).</summary>
    public JsonElement? Options { get; set; }

    public JsonObject? State { get; set; } = [];

    /// <summary>The dialog's state as <typeparamref name="T"/>, read once per turn and written back on save.</summary>
    /// <exception cref="DialogStateException">The stored JSON no longer fits <typeparamref name="T"/>.</exception>
    public T GetState<T>() where T : class, new()
    {
        if (_live is T typed)
        {
            return typed;
        }
        if (_live is not null)
        {
            throw new InvalidOperationException($"Dialog '{Id}' state was read as {_live.GetType().Name}, not {typeof(T).Name}.");
        }
        T value;
        try
        {
            value = State?.Deserialize<T>(DialogJson.Options) ?? new T();
        }
        catch (JsonException ex)
        {
            throw new DialogStateException(this, ex);
        }
        _live = value;
        return value;
    }

    /// <summary>Replaces the dialog's state with <paramref name="value"/>.</summary>
    public void SetState<T>(T value) where T : class => _live = value;

    void IJsonOnSerializing.OnSerializing()
    {
        if (_live is not null)
        {
            State = JsonSerializer.SerializeToNode(_live, _live.GetType(), DialogJson.Options) as JsonObject ?? [];
        }
    }
}
