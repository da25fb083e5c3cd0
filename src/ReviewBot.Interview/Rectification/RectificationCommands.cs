using System.Text.RegularExpressions;
using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs;
using ReviewBot.Dialogs.Dates;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Commands;
using ReviewBot.Interview.Dialogs;
using ReviewBot.Interview.Dialogs.Measures;
using ReviewBot.Interview.Workspace;

namespace ReviewBot.Interview.Rectification;

/// <summary>
/// The 整改台账 commands typed anywhere: 整改进展 [我的|逾期|本月|材料名], 完成 3.2, 进展 3.2 …, 延期 3.2 到… (then the
/// reason), 记录 3.2, 佐证 3.2 …, 关闭提醒 / 开启提醒, 导入, 整改报告. Every command first syncs the owner's drafts into
/// the ledger and remembers the conversation for reminders. A question the bot asked (延期 reason, 进展 text, import
/// confirmation) is answered by the next message that is not a command.
/// </summary>
public sealed partial class RectificationCommands(
    InterviewContext interview,
    MeasureLedger ledger,
    ReminderStore reminders,
    ProgressReportWriter reportWriter,
    Builder.Files.IFileDelivery? delivery = null,
    ImportAttachmentReader? importReader = null)
{
    internal const string PendingProperty = "rectificationPending";
    private static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(30);

    private static readonly HashSet<CommandKind> Handled =
    [
        CommandKind.Progress, CommandKind.MeasureDone, CommandKind.MeasureProgress, CommandKind.MeasureExtend, CommandKind.MeasureLog,
        CommandKind.MeasureEvidence, CommandKind.RemindersOff, CommandKind.RemindersOn, CommandKind.Import, CommandKind.ProgressReport,
    ];

    /// <summary>Handles a rectification command or the answer to the bot's last rectification question; false for anything else.</summary>
    public async Task<bool> TryHandleAsync(DialogContext dc, Command? command, string? text, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var pending = turn.State.Conversation.Get<PendingQuestion>(PendingProperty);
        if (pending is not null && interview.Time.GetUtcNow() - pending.AskedAt > PendingLifetime)
        {
            turn.State.Conversation.Remove(PendingProperty); // an old question must not swallow today's answer to the interview
            pending = null;
        }
        if (command is null && pending is not null)
        {
            turn.State.Conversation.Remove(PendingProperty);
            await AnswerAsync(turn, pending, text ?? string.Empty, cancellationToken).ConfigureAwait(false);
            await ResumeAsync(dc, cancellationToken).ConfigureAwait(false);
            return true;
        }
        if (command is not null && pending is not null)
        {
            turn.State.Conversation.Remove(PendingProperty); // another command abandons the question
        }
        if (command is null || !Handled.Contains(command.Kind))
        {
            return false;
        }
        var owner = await SyncAsync(turn, cancellationToken).ConfigureAwait(false);
        switch (command.Kind)
        {
            case CommandKind.Progress:
                await ShowProgressAsync(turn, owner, LedgerFilter.Parse(command.Argument), cancellationToken).ConfigureAwait(false);
                break;
            case CommandKind.RemindersOff or CommandKind.RemindersOn:
                var on = command.Kind == CommandKind.RemindersOn;
                await reminders.SetEnabledAsync(owner.Key, on, interview.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                await turn.SendActivityAsync(on ? "已开启整改提醒：到期前和逾期时我会在这里提醒。" : "已关闭整改提醒。需要时发送“开启提醒”。", cancellationToken).ConfigureAwait(false);
                break;
            case CommandKind.Import:
                await StartImportAsync(turn, owner, text, cancellationToken).ConfigureAwait(false);
                break;
            case CommandKind.ProgressReport:
                await SendReportAsync(turn, owner, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await UpdateAsync(turn, owner, command, cancellationToken).ConfigureAwait(false);
                break;
        }
        await RefreshPreviousRectificationAsync(turn, owner, cancellationToken).ConfigureAwait(false);
        await ResumeAsync(dc, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Copies the owner's drafts into the ledger (keeping statuses) and stores the conversation for reminders.</summary>
    public async Task<DraftOwner> SyncAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var store = interview.Drafts(turn);
        var index = await store.GetIndexAsync(cancellationToken).ConfigureAwait(false);
        var drafts = new List<Draft>();
        foreach (var summary in index.Drafts)
        {
            if (await store.GetAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } draft)
            {
                drafts.Add(draft);
            }
        }
        var now = interview.Time.GetUtcNow();
        await ledger.SyncDraftsAsync(store.Owner.Key, drafts, now, cancellationToken).ConfigureAwait(false);
        await reminders.SaveReferenceAsync(store.Owner.Key, turn.Activity.GetConversationReference(), now, cancellationToken).ConfigureAwait(false);
        return store.Owner;
    }

    private async Task ShowProgressAsync(ITurnContext turn, DraftOwner owner, LedgerFilter filter, CancellationToken cancellationToken)
    {
        var measures = await ledger.ListAsync(owner.Key, cancellationToken).ConfigureAwait(false);
        var summary = LedgerSummary.Build(measures, Today(turn), filter, turn.Activity.From?.Name);
        if (filter.Kind == LedgerFilterKind.Draft && summary.Items.Count > 0)
        {
            turn.State.Conversation.Set(FocusProperty, summary.Items[0].DraftId);
        }
        if (turn.Activity.ChannelId == Protocol.Schema.Channels.MsTeams && summary.Total > 0)
        {
            var card = new Protocol.Schema.Activity { Type = Protocol.Schema.ActivityTypes.Message, Attachments = [ProgressCard.Build(summary, filter)] };
            await turn.SendActivityAsync(card, cancellationToken).ConfigureAwait(false);
            return;
        }
        await turn.SendActivityAsync(summary.RenderText(filter), cancellationToken).ConfigureAwait(false);
    }

    private async Task UpdateAsync(ITurnContext turn, DraftOwner owner, Command command, CancellationToken cancellationToken)
    {
        var match = NumberAndRest().Match(command.Argument ?? string.Empty);
        if (!match.Success)
        {
            await turn.SendActivityAsync("请在命令后写上措施编号，例如“完成 3.2”“进展 3.2 已召开联席会议”“延期 3.2 到9月底”。编号见“整改进展”。", cancellationToken).ConfigureAwait(false);
            return;
        }
        var (measure, problem) = await FindAsync(turn, owner, "3." + match.Groups["n"].Value, cancellationToken).ConfigureAwait(false);
        if (measure is null)
        {
            await turn.SendActivityAsync(problem!, cancellationToken).ConfigureAwait(false);
            return;
        }
        var rest = match.Groups["rest"].Value.Trim();
        var now = interview.Time.GetUtcNow();
        var author = Author(turn);
        switch (command.Kind)
        {
            case CommandKind.MeasureDone:
                await ledger.SetStatusAsync(owner.Key, measure.MeasureId, MeasureStatus.Done, author, now, cancellationToken).ConfigureAwait(false);
                await turn.SendActivityAsync($"已将 {measure.Number} 标记为已完成。可发送“佐证 {measure.Number} 材料名称”登记佐证材料。", cancellationToken).ConfigureAwait(false);
                break;
            case CommandKind.MeasureProgress when rest.Length == 0:
                Ask(turn, new PendingQuestion(PendingKind.ProgressNote, measure.MeasureId, measure.Number));
                await turn.SendActivityAsync($"请发送 {measure.Number} 的整改进展（做了什么、到什么程度）。", cancellationToken).ConfigureAwait(false);
                break;
            case CommandKind.MeasureProgress:
                await ledger.AddProgressAsync(owner.Key, measure.MeasureId, rest, author, now, cancellationToken).ConfigureAwait(false);
                await turn.SendActivityAsync($"已记录 {measure.Number} 的进展：{rest}", cancellationToken).ConfigureAwait(false);
                break;
            case CommandKind.MeasureEvidence when rest.Length > 0:
                await ledger.SetEvidenceAsync(owner.Key, measure.MeasureId, rest, author, now, cancellationToken).ConfigureAwait(false);
                await turn.SendActivityAsync($"已登记 {measure.Number} 的佐证材料：{rest}", cancellationToken).ConfigureAwait(false);
                break;
            case CommandKind.MeasureExtend:
                var deadline = Deadlines.Resolve(DateWords().Replace(rest, string.Empty), Today(turn));
                if (deadline is null)
                {
                    await turn.SendActivityAsync($"没看懂新的时限。请这样写：“延期 {measure.Number} 到9月底”或“延期 {measure.Number} 到2025年6月30日”。", cancellationToken).ConfigureAwait(false);
                    return;
                }
                Ask(turn, new PendingQuestion(PendingKind.ExtensionReason, measure.MeasureId, measure.Number, deadline));
                await turn.SendActivityAsync($"将 {measure.Number} 的时限从{MeasureStatusRules.DescribeDeadline(measure.Deadline)}改为{MeasureStatusRules.DescribeDeadline(deadline)}。请说明延期理由：", cancellationToken).ConfigureAwait(false);
                break;
            default:
                await turn.SendActivityAsync(await DescribeLogAsync(owner, measure, turn, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task AnswerAsync(ITurnContext turn, PendingQuestion pending, string text, CancellationToken cancellationToken)
    {
        var owner = DraftOwner.From(turn.Activity);
        var now = interview.Time.GetUtcNow();
        var answer = text.Trim();
        switch (pending.Kind)
        {
            case PendingKind.ExtensionReason when pending.Deadline is { } deadline:
                var ok = await ledger.ExtendAsync(owner.Key, pending.MeasureId, deadline, answer, Author(turn), now, cancellationToken).ConfigureAwait(false);
                await turn.SendActivityAsync(ok ? $"已将 {pending.Number} 延期至{MeasureStatusRules.DescribeDeadline(deadline)}，理由已记入变更记录。" : "这条措施已不在台账中。", cancellationToken).ConfigureAwait(false);
                break;
            case PendingKind.ProgressNote:
                var saved = answer.Length > 0 && await ledger.AddProgressAsync(owner.Key, pending.MeasureId, answer, Author(turn), now, cancellationToken).ConfigureAwait(false);
                await turn.SendActivityAsync(saved ? $"已记录 {pending.Number} 的进展：{answer}" : "没有记录进展。", cancellationToken).ConfigureAwait(false);
                break;
            case PendingKind.ImportConfirmation or PendingKind.ImportMaterial:
                await ConfirmImportAsync(turn, owner, pending, answer, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task<string> DescribeLogAsync(DraftOwner owner, TrackedMeasure measure, ITurnContext turn, CancellationToken cancellationToken)
    {
        var events = await ledger.EventsAsync(owner.Key, measure.MeasureId, cancellationToken).ConfigureAwait(false);
        var clock = new UserClock(interview.Time, UserClock.Default.DefaultTimeZone);
        var lines = events.Select(e => $"{TimeZoneInfo.ConvertTime(e.At, clock.DefaultTimeZone):yyyy-MM-dd HH:mm} {e.Author}：{(e.Kind == MeasureEventKind.Progress ? "进展 " : string.Empty)}{e.Text}");
        return $"**{measure.Number} {measure.Text}**\n状态：{MeasureStatusRules.DisplayLabel(measure, Today(turn))}；责任人：{measure.Responsible ?? "待定"}；时限：{MeasureStatusRules.DescribeDeadline(measure.Deadline)}"
            + $"\n佐证材料：{measure.Evidence ?? "未登记"}\n\n变更记录：\n" + (events.Count == 0 ? "（暂无）" : string.Join('\n', lines));
    }

    private const string FocusProperty = "rectificationFocusDraft";

    /// <summary>Finds a measure by number: in the draft last picked with 整改进展 材料名, then the active draft, then if unique.</summary>
    private async Task<(TrackedMeasure? Measure, string? Problem)> FindAsync(ITurnContext turn, DraftOwner owner, string number, CancellationToken cancellationToken)
    {
        var candidates = (await ledger.ListAsync(owner.Key, cancellationToken).ConfigureAwait(false)).Where(m => m.Number == number).ToList();
        if (candidates.Count == 1)
        {
            return (candidates[0], null);
        }
        if (candidates.Count == 0)
        {
            return (null, $"台账里没有编号为 {number} 的措施。发送“整改进展”查看编号。");
        }
        var active = (await interview.Drafts(turn).GetIndexAsync(cancellationToken).ConfigureAwait(false)).ActiveDraftId;
        foreach (var preferred in new[] { turn.State.Conversation.Get<string>(FocusProperty), active })
        {
            if (candidates.FirstOrDefault(m => m.DraftId == preferred) is { } hit)
            {
                return (hit, null);
            }
        }
        return (null, $"有几份材料都有 {number}（{string.Join("、", candidates.Select(c => c.DraftTitle))}）。请先发送“整改进展 材料名”选定一份，再更新。");
    }

    private void Ask(ITurnContext turn, PendingQuestion question) =>
        turn.State.Conversation.Set(PendingProperty, question with { AskedAt = interview.Time.GetUtcNow() });

    private static async Task ResumeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null && dc.Context.State.Conversation.Get<PendingQuestion>(PendingProperty) is null)
        {
            await dc.Context.SendActivityAsync("—— 我们接着刚才的问题 ——", cancellationToken).ConfigureAwait(false);
            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private DateOnly Today(ITurnContext turn) => new UserClock(interview.Time, UserClock.Default.DefaultTimeZone).Today(turn.Activity);

    private static string Author(ITurnContext turn) => turn.Activity.From?.Name ?? turn.Activity.From?.Id ?? "未知用户";

    [GeneratedRegex(@"^(?:措施|3\.)?(?<n>\d+)(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex NumberAndRest();

    [GeneratedRegex(@"^\s*(?:延期|延至|推迟)?\s*(?:到|至)?\s*")]
    private static partial Regex DateWords();
}

/// <summary>The question the bot asked last (answered by the next message that is not a command).</summary>
public sealed record PendingQuestion(PendingKind Kind, string MeasureId, string Number, Deadline? Deadline = null, string? ImportText = null)
{
    public DateTimeOffset AskedAt { get; init; }
}

public enum PendingKind
{
    ExtensionReason,
    ProgressNote,
    ImportConfirmation,
    ImportMaterial,
}
