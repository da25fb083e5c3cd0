using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Files;
using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs;
using ReviewBot.Dialogs.Dates;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Interview.Commands;
using ReviewBot.Interview.Dialogs.DraftList;
using ReviewBot.Interview.Dialogs.Editing;
using ReviewBot.Interview.Dialogs.Export;
using ReviewBot.Interview.Dialogs.Flow;
using ReviewBot.Interview.Dialogs.Views;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Interview.Dialogs;

/// <summary>
/// The app: welcomes new conversations, routes commands typed anywhere (帮助, 取消, 预览 …), and otherwise hands
/// the turn to the active dialog of the interview.
/// </summary>
public sealed partial class InterviewBot(
    InterviewDialogs dialogs,
    InterviewContext interview,
    DraftPreview preview,
    ILogger<InterviewBot> logger,
    IFileDelivery? fileDelivery = null,
    Rectification.RectificationCommands? rectification = null,
    Quality.QualityCheckReply? quality = null) : IBot
{
    private const string WelcomedAtProperty = "welcomedAt";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate when (activity.MembersAdded ?? []).Any(m => m.Id == activity.Recipient?.Id || !turnContext.IsGroupConversation()):
            case ActivityTypes.InstallationUpdate when activity.Action?.StartsWith("add", StringComparison.Ordinal) == true:
                await WelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
                return;
            case ActivityTypes.Invoke:
                if (fileDelivery is not null && await fileDelivery.TryHandleAsync(turnContext, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
                if (PromptInput.From(activity) is not null)
                {
                    await OnInputAsync(turnContext, cancellationToken).ConfigureAwait(false);
                    await interview.RecordModelUsageAsync(turnContext, cancellationToken).ConfigureAwait(false);
                }
                return;
            case ActivityTypes.Message:
                await OnInputAsync(turnContext, cancellationToken).ConfigureAwait(false);
                await interview.RecordModelUsageAsync(turnContext, cancellationToken).ConfigureAwait(false);
                return;
        }
    }

    private async Task OnInputAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = PromptInput.From(turnContext.Activity)?.Text;
        var dc = await dialogs.Set.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text) && turnContext.Activity.Attachments is not { Count: > 0 })
        {
            await turnContext.SendActivityAsync("没有收到文字内容。请直接输入回答，或发送“帮助”查看可用命令。", cancellationToken).ConfigureAwait(false);
            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        var command = CommandParser.Parse(text);
        if (command is null && text!.TrimStart().StartsWith('/'))
        {
            // “/打印” is meant as a command; taking it as an answer would put it into the draft.
            await turnContext.SendActivityAsync($"没有“{text.Trim()}”这个命令。发送“帮助”查看可用的命令。", cancellationToken).ConfigureAwait(false);
            await RepromptOrMenuAsync(dc, cancellationToken).ConfigureAwait(false);
            return;
        }
        LogTurn(turnContext.Activity.Id, command?.Kind.ToString() ?? "answer", dc.ActiveDialog?.Id);
        if (rectification is not null && await rectification.TryHandleAsync(dc, command, text, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        if (command is not null && await GlobalCommandAsync(dc, command, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            var hint = command is not null
                ? "这个命令要在写材料的过程中使用。"
                : "现在没有进行中的访谈，我不确定这句话该记在哪里。";
            await MainMenu.SendAsync(turnContext, hint + "请选择要做的事：", cancellationToken).ConfigureAwait(false);
        }
        else if (result.Status is DialogTurnStatus.Complete or DialogTurnStatus.Cancelled && dc.ActiveDialog is null && !turnContext.Responded)
        {
            await MainMenu.SendAsync(turnContext, "请选择接下来要做的事：", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Commands that work anywhere; false for the ones the active dialog interprets (跳过, 上一步 …).</summary>
    private async Task<bool> GlobalCommandAsync(DialogContext dc, Command command, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        switch (command.Kind)
        {
            case CommandKind.Help:
                await turn.SendActivityAsync(dc.GetActiveHelp() is { } help ? $"{help}\n\n{MainMenu.Help}" : MainMenu.Help, cancellationToken).ConfigureAwait(false);
                await RepromptOrMenuAsync(dc, cancellationToken).ConfigureAwait(false);
                return true;
            case CommandKind.Cancel:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await MainMenu.SendAsync(turn, "已取消当前操作，回到主菜单。已填写的内容都已保存，发送“继续”可以接着写。", cancellationToken).ConfigureAwait(false);
                return true;
            case CommandKind.Pause:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await turn.SendActivityAsync("已暂停，内容都已保存。什么时候想接着写，发送“继续”即可。", cancellationToken).ConfigureAwait(false);
                return true;
            case CommandKind.NewDraft:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await dc.BeginDialogAsync(NewDraftDialog.DialogId, cancellationToken).ConfigureAwait(false);
                return true;
            case CommandKind.Continue when dc.ActiveDialog is not null:
                // Mid-interview (also after a restart: the stack is stored): ask the open question again, keeping its pending answer.
                await turn.SendActivityAsync("我们接着上次的问题：", cancellationToken).ConfigureAwait(false);
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return true;
            case CommandKind.Continue:
                await dc.BeginDialogAsync(InterviewFlowDialog.DialogId, cancellationToken).ConfigureAwait(false);
                return true;
            case CommandKind.MyDrafts:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await dc.BeginDialogAsync(MyDraftsDialog.DialogId, cancellationToken).ConfigureAwait(false);
                return true;
            case CommandKind.Preview or CommandKind.Outline:
                await ShowDraftAsync(dc, command.Kind, cancellationToken).ConfigureAwait(false);
                return true;
            case CommandKind.Progress:
                var store = interview.Drafts(turn);
                var index = await store.GetIndexAsync(cancellationToken).ConfigureAwait(false);
                var drafts = new List<global::ReviewBot.Drafts.Model.Draft>();
                foreach (var summary in index.Drafts)
                {
                    if (await store.GetAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } d)
                    {
                        drafts.Add(d);
                    }
                }
                var today = new UserClock(interview.Time, UserClock.Default.DefaultTimeZone).Today(turn.Activity);
                await turn.SendActivityAsync(ProgressSummary.Render(drafts, today), cancellationToken).ConfigureAwait(false);
                await RepromptOrMenuAsync(dc, cancellationToken, showMenu: false).ConfigureAwait(false);
                return true;
            case CommandKind.QualityCheck when quality is not null:
                var checkedDraft = await interview.Drafts(turn).GetActiveAsync(cancellationToken).ConfigureAwait(false);
                if (checkedDraft is not null)
                {
                    await interview.DiscloseModelOnceAsync(turn, cancellationToken).ConfigureAwait(false);
                }
                await turn.SendActivityAsync(checkedDraft is null ? "还没有材料可以体检。发送“新建材料”开始。" : await quality.ComposeAsync(checkedDraft, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                await RepromptOrMenuAsync(dc, cancellationToken, showMenu: false).ConfigureAwait(false);
                return true;
            case CommandKind.Export:
                await dc.BeginDialogAsync(ExportDialog.DialogId, command.Argument, cancellationToken).ConfigureAwait(false);
                return true;
            case CommandKind.Edit or CommandKind.Delete:
                return await EditAsync(dc, command, cancellationToken).ConfigureAwait(false);
            case CommandKind.UsePolished or CommandKind.DismissPolished:
                await PolishedVersionCommand.RunAsync(turn, interview, command, cancellationToken).ConfigureAwait(false);
                await RepromptOrMenuAsync(dc, cancellationToken, showMenu: false).ConfigureAwait(false);
                return true;
            default:
                return dc.ActiveDialog is null && await NotInInterviewAsync(turn, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> EditAsync(DialogContext dc, Command command, CancellationToken cancellationToken)
    {
        var draft = await interview.Drafts(dc.Context).GetActiveAsync(cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            await dc.Context.SendActivityAsync("还没有材料。发送“新建材料”开始。", cancellationToken).ConfigureAwait(false);
            return true;
        }
        if (string.IsNullOrWhiteSpace(command.Argument) && dc.ActiveDialog?.Id == PromptIds.Choice)
        {
            // A bare 修改 / 删除 at a choice is its button (采用 / 修改 …, 切换到它 / 重命名 / 删除), not the edit command.
            return false;
        }
        if (string.IsNullOrWhiteSpace(command.Argument))
        {
            await dc.Context.SendActivityAsync("请在命令后写上编号，例如“修改 1.2.1”“删除 3.2”。编号见“提纲”。", cancellationToken).ConfigureAwait(false);
            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        await dc.BeginDialogAsync(EditItemDialog.DialogId, new EditRequest(draft.Id, command.Argument, command.Kind == CommandKind.Delete), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task ShowDraftAsync(DialogContext dc, CommandKind kind, CancellationToken cancellationToken)
    {
        var draft = await interview.Drafts(dc.Context).GetActiveAsync(cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            await MainMenu.SendAsync(dc.Context, "还没有材料可以预览。", cancellationToken).ConfigureAwait(false);
            return;
        }
        if (kind == CommandKind.Outline)
        {
            await dc.Context.SendActivityAsync(OutlineView.Render(draft, interview.PhraserInfo.UsesModel), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await preview.SendAsync(dc.Context, draft, cancellationToken).ConfigureAwait(false);
            await dc.Context.SendActivityAsync("（以上为预览。发送“提纲”查看各条编号和缺项，“修改 编号”调整某一条。）", cancellationToken).ConfigureAwait(false);
        }
        await RepromptOrMenuAsync(dc, cancellationToken, showMenu: false).ConfigureAwait(false);
    }

    private static async Task RepromptOrMenuAsync(DialogContext dc, CancellationToken cancellationToken, bool showMenu = true)
    {
        if (dc.ActiveDialog is not null)
        {
            await dc.Context.SendActivityAsync("—— 我们接着刚才的问题 ——", cancellationToken).ConfigureAwait(false);
            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (showMenu)
        {
            await MainMenu.SendAsync(dc.Context, "请选择要做的事：", cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<bool> NotInInterviewAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await MainMenu.SendAsync(turn, "这个命令要在写材料的过程中使用。请选择要做的事：", cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var now = interview.Time.GetUtcNow();
        if (turnContext.State.Conversation.Get<DateTimeOffset?>(WelcomedAtProperty) is { } last && now - last < TimeSpan.FromMinutes(1))
        {
            return;
        }
        turnContext.State.Conversation.Set<DateTimeOffset?>(WelcomedAtProperty, now);
        await MainMenu.SendAsync(turnContext, MainMenu.Welcome, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Turn {ActivityId}: {InputKind} with active dialog {ActiveDialog}")]
    private partial void LogTurn(string? activityId, string inputKind, string? activeDialog);
}
