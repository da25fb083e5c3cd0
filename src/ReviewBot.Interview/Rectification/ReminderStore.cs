using System.Globalization;
using System.Text.Json;
using ReviewBot.Protocol.Schema;
using ReviewBot.Storage.Records;

namespace ReviewBot.Interview.Rectification;

/// <summary>
/// Where and whether to remind: each owner's conversation reference and 关闭提醒 switch, and the reminders already
/// sent. A reminder is claimed with INSERT … ON CONFLICT DO NOTHING on (owner, measure, state, due date) before it is
/// sent, so of several bot instances only the one whose insert added the row sends it.
/// </summary>
public sealed class ReminderStore(IRecordDatabase database)
{
    public Task SaveReferenceAsync(string ownerKey, ConversationReference reference, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.RunInTransactionAsync((connection, transaction, ct) => MeasureLedger.ExecuteAsync(connection, transaction,
            "INSERT INTO rect_owners (owner_key, reference, reminders_off, updated_at) VALUES (@o, @r, 0, @t) "
            + "ON CONFLICT (owner_key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at", ct,
            ("o", ownerKey), ("r", JsonSerializer.Serialize(reference, ProtocolJson.Options)), ("t", MeasureLedger.Iso(now))), cancellationToken);

    public Task SetEnabledAsync(string ownerKey, bool enabled, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.RunInTransactionAsync((connection, transaction, ct) => MeasureLedger.ExecuteAsync(connection, transaction,
            "INSERT INTO rect_owners (owner_key, reference, reminders_off, updated_at) VALUES (@o, NULL, @f, @t) "
            + "ON CONFLICT (owner_key) DO UPDATE SET reminders_off = excluded.reminders_off, updated_at = excluded.updated_at", ct,
            ("o", ownerKey), ("f", enabled ? 0 : 1), ("t", MeasureLedger.Iso(now))), cancellationToken);

    /// <summary>Owners that can be reminded: a stored conversation and reminders on.</summary>
    public Task<IReadOnlyList<(string OwnerKey, ConversationReference Reference)>> RemindableOwnersAsync(CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<(string, ConversationReference)>>(async (connection, ct) =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT owner_key, reference FROM rect_owners WHERE reminders_off = 0 AND reference IS NOT NULL ORDER BY owner_key";
            var owners = new List<(string, ConversationReference)>();
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                if (JsonSerializer.Deserialize<ConversationReference>(reader.GetString(1), ProtocolJson.Options) is { } reference)
                {
                    owners.Add((reader.GetString(0), reference));
                }
            }
            return owners;
        }, cancellationToken);

    /// <summary>True when this caller claimed the reminder (and must send it); false when it was sent already.</summary>
    public Task<bool> TryClaimAsync(string ownerKey, string measureId, ReminderKind kind, DateOnly dueDate, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.RunInTransactionAsync(async (connection, transaction, ct) => await MeasureLedger.ExecuteAsync(connection, transaction,
            "INSERT INTO rect_reminders (owner_key, measure_id, state, due_date, sent_at) VALUES (@o, @m, @s, @d, @t) ON CONFLICT DO NOTHING", ct,
            ("o", ownerKey), ("m", measureId), ("s", kind.ToString()), ("d", dueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("t", MeasureLedger.Iso(now))).ConfigureAwait(false) == 1, cancellationToken);

    /// <summary>Gives a claim back when sending failed, so the next round tries again.</summary>
    public Task ReleaseAsync(string ownerKey, string measureId, ReminderKind kind, DateOnly dueDate, CancellationToken cancellationToken) =>
        database.RunInTransactionAsync((connection, transaction, ct) => MeasureLedger.ExecuteAsync(connection, transaction,
            "DELETE FROM rect_reminders WHERE owner_key = @o AND measure_id = @m AND state = @s AND due_date = @d", ct,
            ("o", ownerKey), ("m", measureId), ("s", kind.ToString()), ("d", dueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), cancellationToken);
}

/// <summary>即将到期 (N days before the due date) or 已逾期.</summary>
public enum ReminderKind
{
    DueSoon,
    Overdue,
}
