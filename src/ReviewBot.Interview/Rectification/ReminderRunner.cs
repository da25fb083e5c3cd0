using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.Turns;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Rectification;

/// <summary>
/// One round of reminders: for every owner with a stored conversation and reminders on, the open measures due within
/// <see cref="RectificationOptions.RemindDaysBefore"/> days (即将到期) or past due (已逾期) that were not reminded in that
/// state for that due date yet. Each is claimed in the database first (so one instance sends it), then one message per
/// owner goes to the original conversation; a failed send gives the claims back for the next round.
/// </summary>
public sealed partial class ReminderRunner(
    ReminderStore store,
    MeasureLedger ledger,
    IOptions<RectificationOptions> options,
    TimeProvider time,
    ILogger<ReminderRunner> logger)
{
    /// <summary>Sends what is due now; returns the number of measures reminded.</summary>
    public async Task<int> RunOnceAsync(BotAdapter adapter, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        var now = time.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        if (local.Hour < settings.RemindHour)
        {
            return 0;
        }
        var today = DateOnly.FromDateTime(local.DateTime);
        var sent = 0;
        foreach (var (ownerKey, reference) in await store.RemindableOwnersAsync(cancellationToken).ConfigureAwait(false))
        {
            var claimed = new List<(TrackedMeasure Measure, ReminderKind Kind, DateOnly Due)>();
            foreach (var measure in await ledger.ListAsync(ownerKey, cancellationToken).ConfigureAwait(false))
            {
                if (!MeasureStatusRules.IsOpen(measure.Status) || measure.Deadline is not { Kind: DeadlineKind.Date, Date: { } due })
                {
                    continue;
                }
                ReminderKind? kind = due < today ? ReminderKind.Overdue
                    : settings.RemindDaysBefore > 0 && due.DayNumber - today.DayNumber <= settings.RemindDaysBefore ? ReminderKind.DueSoon
                    : null;
                if (kind is { } k && await store.TryClaimAsync(ownerKey, measure.MeasureId, k, due, now, cancellationToken).ConfigureAwait(false))
                {
                    claimed.Add((measure, k, due));
                }
            }
            if (claimed.Count == 0)
            {
                continue;
            }
            try
            {
                var text = Compose(claimed, today);
                await adapter.ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync(text, ct), cancellationToken).ConfigureAwait(false);
                sent += claimed.Count;
                LogSent(claimed.Count, reference.Conversation?.Id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSendFailed(e, reference.Conversation?.Id);
                foreach (var (measure, kind, due) in claimed)
                {
                    await store.ReleaseAsync(ownerKey, measure.MeasureId, kind, due, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        return sent;
    }

    internal static string Compose(IReadOnlyList<(TrackedMeasure Measure, ReminderKind Kind, DateOnly Due)> items, DateOnly today)
    {
        var text = new StringBuilder("**整改提醒**\n");
        foreach (var (m, kind, due) in items.OrderByDescending(i => i.Kind).ThenBy(i => i.Due))
        {
            var when = kind == ReminderKind.Overdue ? $"已逾期 {today.DayNumber - due.DayNumber} 天" : due == today ? "今天到期" : $"还有 {due.DayNumber - today.DayNumber} 天到期";
            text.Append($"{m.Number} {LedgerSummary.Shorten(m.Text, 30)}（{m.Responsible ?? "责任人待定"}；{due:yyyy-MM-dd}，{when}）— {m.DraftTitle}\n");
        }
        return text.Append("\n回复“完成 3.x”“进展 3.x 内容”或“延期 3.x 到…”更新；不需要提醒请发送“关闭提醒”。").ToString();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent a rectification reminder for {Count} measures to conversation {ConversationId}")]
    private partial void LogSent(int count, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rectification reminder to conversation {ConversationId} failed; it will be retried")]
    private partial void LogSendFailed(Exception exception, string? conversationId);
}
