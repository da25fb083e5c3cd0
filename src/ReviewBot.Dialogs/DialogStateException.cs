namespace ReviewBot.Dialogs;

/// <summary>
/// A stored dialog instance can no longer be read (its definition changed shape). The dialog context that owns
/// the instance catches this and restarts the dialog; it never reaches the user.
/// </summary>
public sealed class DialogStateException(DialogInstance instance, Exception inner)
    : Exception($"Stored state of dialog '{instance.Id}' no longer fits its definition.", inner)
{
    public DialogInstance Instance { get; } = instance;
}

/// <summary>An inner stack emptied itself after dropping removed dialogs; the container around it must restart.</summary>
internal sealed class ContainerRestartException() : Exception("The inner dialog stack was cleared; its container restarts.");
