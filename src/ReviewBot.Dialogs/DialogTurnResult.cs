using System.Text.Json;

namespace ReviewBot.Dialogs;

/// <summary>The outcome of a call into the dialog stack, with the ended dialog's result (if any) as JSON.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonElement? Result = null)
{
    /// <summary>The result read as <typeparamref name="T"/>; default when there is none.</summary>
    public T? GetResult<T>() => DialogJson.Read<T>(Result);
}
