using System.Data.Common;
using System.Globalization;
using ReviewBot.Drafts.Model;
using ReviewBot.Storage.Records;

namespace ReviewBot.Interview.Rectification;

/// <summary>
/// The 整改台账 in the record database. Sync rule: measures are keyed by (owner, measure id); syncing a draft
/// updates text, number, 责任人 and deadline (unless the deadline was changed by 延期) but never the status; a measure
/// gone from its draft is hidden, and comes back with its status if it returns.
/// </summary>
public sealed partial class MeasureLedger(IRecordDatabase database)
{
    private const string Columns = "owner_key, measure_id, draft_id, draft_title, number, seq, text, problem_refs, responsible, due_kind, due_date, due_text, status, evidence, updated_at";

    /// <summary>Upserts the measures of the owner's drafts; measures of drafts no longer listed are hidden (imported ones stay).</summary>
    public Task SyncDraftsAsync(string ownerKey, IReadOnlyList<Draft> drafts, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.RunInTransactionAsync(async (connection, transaction, ct) =>
        {
            var existing = await LoadAsync(connection, transaction, ownerKey, includeRemoved: true, ct).ConfigureAwait(false);
            var byId = existing.ToDictionary(m => m.Measure.MeasureId, StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var draft in drafts)
            {
                var problemNumbers = Dialogs.ItemNumbers.ProblemNumbers(draft);
                for (var i = 0; i < draft.Measures.Count; i++)
                {
                    var m = draft.Measures[i];
                    seen.Add(m.Id);
                    var refs = m.ProblemIds.Count == 0 ? null : string.Join(' ', m.ProblemIds.Select(p => problemNumbers.GetValueOrDefault(p, p)));
                    var text = string.IsNullOrWhiteSpace(m.Text) ? m.Headline : $"{m.Headline}。{m.Text}".Replace("。。", "。", StringComparison.Ordinal);
                    var tracked = new TrackedMeasure
                    {
                        OwnerKey = ownerKey, MeasureId = m.Id, DraftId = draft.Id, DraftTitle = draft.Title, Number = $"3.{i + 1}", Sequence = i,
                        Text = text, ProblemRefs = refs, Responsible = m.Owner, Deadline = m.Deadline, Status = MeasureStatusRules.Initial(m.Deadline), UpdatedAt = now,
                    };
                    if (byId.TryGetValue(m.Id, out var old))
                    {
                        tracked = tracked with
                        {
                            Status = old.Measure.Status,
                            Evidence = old.Measure.Evidence,
                            Deadline = old.DeadlineOverridden ? old.Measure.Deadline : m.Deadline,
                        };
                        await UpdateSyncedAsync(connection, transaction, tracked, ct).ConfigureAwait(false);
                    }
                    else
                    {
                        await InsertAsync(connection, transaction, tracked, ct).ConfigureAwait(false);
                    }
                }
            }
            foreach (var (id, row) in byId)
            {
                if (!seen.Contains(id) && !row.Measure.IsImported && !row.Removed)
                {
                    await ExecuteAsync(connection, transaction, "UPDATE rect_measures SET removed = 1 WHERE owner_key = @o AND measure_id = @m", ct, ("o", ownerKey), ("m", id)).ConfigureAwait(false);
                }
            }
            return true;
        }, cancellationToken);

    /// <summary>Adds measures from an imported material as their own group (draft id <c>import:…</c>).</summary>
    public Task AddAsync(IReadOnlyList<TrackedMeasure> measures, string author, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.RunInTransactionAsync(async (connection, transaction, ct) =>
        {
            foreach (var m in measures)
            {
                await InsertAsync(connection, transaction, m with { UpdatedAt = now }, ct).ConfigureAwait(false);
                await AddEventAsync(connection, transaction, m.OwnerKey, m.MeasureId, MeasureEventKind.Audit, now, author, $"导入：{MeasureStatusRules.Label(m.Status)}", ct).ConfigureAwait(false);
            }
            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<TrackedMeasure>> ListAsync(string ownerKey, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<TrackedMeasure>>(async (connection, ct) =>
            (await LoadAsync(connection, null, ownerKey, includeRemoved: false, ct).ConfigureAwait(false)).Select(r => r.Measure).ToList(), cancellationToken);

    public Task<IReadOnlyList<MeasureEvent>> EventsAsync(string ownerKey, string measureId, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<MeasureEvent>>(async (connection, ct) =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT measure_id, kind, at, author, text FROM rect_events WHERE owner_key = @o AND measure_id = @m ORDER BY at, id";
            command.AddParameter("o", ownerKey);
            command.AddParameter("m", measureId);
            var events = new List<MeasureEvent>();
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                events.Add(new MeasureEvent(reader.GetString(0), Enum.Parse<MeasureEventKind>(reader.GetString(1)),
                    DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture), reader.GetString(3), reader.GetString(4)));
            }
            return events;
        }, cancellationToken);

    /// <summary>Sets the status and records who did it; false when the measure is not the owner's.</summary>
    public Task<bool> SetStatusAsync(string ownerKey, string measureId, MeasureStatus status, string author, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(ownerKey, measureId, author, now, async (connection, transaction, old, ct) =>
        {
            await ExecuteAsync(connection, transaction, "UPDATE rect_measures SET status = @s, updated_at = @t WHERE owner_key = @o AND measure_id = @m", ct,
                ("s", status.ToString()), ("t", Iso(now)), ("o", ownerKey), ("m", measureId)).ConfigureAwait(false);
            return $"状态：{MeasureStatusRules.Label(old.Status)} → {MeasureStatusRules.Label(status)}";
        }, cancellationToken);

    /// <summary>Adds a progress note (未启动 becomes 整改中).</summary>
    public Task<bool> AddProgressAsync(string ownerKey, string measureId, string note, string author, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(ownerKey, measureId, author, now, async (connection, transaction, old, ct) =>
        {
            var status = MeasureStatusRules.AfterProgressNote(old.Status);
            await ExecuteAsync(connection, transaction, "UPDATE rect_measures SET status = @s, updated_at = @t WHERE owner_key = @o AND measure_id = @m", ct,
                ("s", status.ToString()), ("t", Iso(now)), ("o", ownerKey), ("m", measureId)).ConfigureAwait(false);
            await AddEventAsync(connection, transaction, ownerKey, measureId, MeasureEventKind.Progress, now, author, note, ct).ConfigureAwait(false);
            return status == old.Status ? $"记录进展：{note}" : $"记录进展：{note}；状态：{MeasureStatusRules.Label(old.Status)} → {MeasureStatusRules.Label(status)}";
        }, cancellationToken);

    /// <summary>Moves the deadline (延期) with the reason; later syncs keep this deadline.</summary>
    public Task<bool> ExtendAsync(string ownerKey, string measureId, Deadline deadline, string reason, string author, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(ownerKey, measureId, author, now, async (connection, transaction, old, ct) =>
        {
            await ExecuteAsync(connection, transaction,
                "UPDATE rect_measures SET due_kind = @k, due_date = @d, due_text = @x, due_overridden = 1, updated_at = @t WHERE owner_key = @o AND measure_id = @m", ct,
                ("k", deadline.Kind.ToString()), ("d", deadline.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("x", deadline.Text),
                ("t", Iso(now)), ("o", ownerKey), ("m", measureId)).ConfigureAwait(false);
            return $"延期：{MeasureStatusRules.DescribeDeadline(old.Deadline)} → {MeasureStatusRules.DescribeDeadline(deadline)}；理由：{reason}";
        }, cancellationToken);

    /// <summary>Sets the 佐证材料 note.</summary>
    public Task<bool> SetEvidenceAsync(string ownerKey, string measureId, string evidence, string author, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(ownerKey, measureId, author, now, async (connection, transaction, _, ct) =>
        {
            await ExecuteAsync(connection, transaction, "UPDATE rect_measures SET evidence = @e, updated_at = @t WHERE owner_key = @o AND measure_id = @m", ct,
                ("e", evidence), ("t", Iso(now)), ("o", ownerKey), ("m", measureId)).ConfigureAwait(false);
            return $"佐证材料：{evidence}";
        }, cancellationToken);

    private Task<bool> ChangeAsync(string ownerKey, string measureId, string author, DateTimeOffset now,
        Func<DbConnection, DbTransaction, TrackedMeasure, CancellationToken, Task<string>> change, CancellationToken cancellationToken) =>
        database.RunInTransactionAsync(async (connection, transaction, ct) =>
        {
            var rows = await LoadAsync(connection, transaction, ownerKey, includeRemoved: false, ct, measureId).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return false;
            }
            var what = await change(connection, transaction, rows[0].Measure, ct).ConfigureAwait(false);
            await AddEventAsync(connection, transaction, ownerKey, measureId, MeasureEventKind.Audit, now, author, what, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    internal static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
