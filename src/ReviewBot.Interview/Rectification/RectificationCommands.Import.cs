using ReviewBot.Builder.Turns;
using ReviewBot.Interview.Workspace;

namespace ReviewBot.Interview.Rectification;

public sealed partial class RectificationCommands
{
    private async Task StartImportAsync(ITurnContext turn, DraftOwner owner, string? text, CancellationToken cancellationToken) =>
        await turn.SendActivityAsync("导入功能即将提供。", cancellationToken).ConfigureAwait(false);

    private Task ConfirmImportAsync(ITurnContext turn, DraftOwner owner, PendingQuestion pending, string answer, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
