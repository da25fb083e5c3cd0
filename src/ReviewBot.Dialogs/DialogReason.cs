namespace ReviewBot.Dialogs;

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,

    /// <summary>A prompt gave up after <see cref="Prompts.PromptOptions.MaxAttempts"/> unusable answers; the result is null.</summary>
    MaxAttemptsExceeded,
}
