namespace ReviewBot.Dialogs.Interruptions;

/// <summary>
/// Sees each input before the active dialog of a <see cref="ComponentDialog"/> does (global commands such as help or
/// cancel). The runtime knows no words; the app supplies them.
/// </summary>
public interface IInterruptionHandler
{
    /// <summary>Null lets the active dialog handle the input; a result consumes it (Waiting keeps the component open).</summary>
    Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, CancellationToken cancellationToken);
}
