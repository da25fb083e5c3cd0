namespace ReviewBot.Dialogs;

/// <summary>
/// A dialog stack as stored in conversation state (index 0 is the active dialog). Plain JSON: each instance
/// carries its id, version stamp, begin options and its own state object.
/// </summary>
public sealed class DialogState
{
    /// <summary>The conversation-state property holding the root stack; the adapter clears it after an unhandled error.</summary>
    public const string PropertyName = "dialogState";

    public List<DialogInstance> DialogStack { get; set; } = [];
}
