using Microsoft.Extensions.Logging;

namespace ReviewBot.Dialogs;

internal static partial class DialogsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored dialog stack could not be read and was cleared")]
    public static partial void StackUnreadable(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog {DialogId} restarted: stored version {StoredVersion}, current {CurrentVersion}")]
    public static partial void Restarted(ILogger logger, string dialogId, string? storedVersion, string? currentVersion);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog {DialogId} is no longer defined; removed from the stack")]
    public static partial void Removed(ILogger logger, string dialogId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored state of dialog {DialogId} could not be read; the dialog restarts")]
    public static partial void StateUnreadable(ILogger logger, Exception ex, string dialogId);
}
