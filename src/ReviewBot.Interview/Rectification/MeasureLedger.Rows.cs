using System.Data.Common;
using System.Globalization;
using ReviewBot.Drafts.Model;
using ReviewBot.Storage.Records;

namespace ReviewBot.Interview.Rectification;

/// <summary>Row reading and writing for <see cref="MeasureLedger"/>.</summary>
public sealed partial class MeasureLedger
{
    private sealed record Row(TrackedMeasure Measure, bool DeadlineOverridden, bool Removed);

    private static async Task<List<Row>> LoadAsync(DbConnection connection, DbTransaction? transaction, string ownerKey, bool includeRemoved,
        CancellationToken cancellationToken, string? measureId = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {Columns}, due_overridden, removed FROM rect_measures WHERE owner_key = @o"
            + (includeRemoved ? string.Empty : " AND removed = 0")
            + (measureId is null ? string.Empty : " AND measure_id = @m")
            + " ORDER BY draft_title, draft_id, seq";
        command.AddParameter("o", ownerKey);
        if (measureId is not null)
        {
            command.AddParameter("m", measureId);
        }
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var dueKind = Text(9);
            var deadline = dueKind is null ? null : new Deadline(Enum.Parse<DeadlineKind>(dueKind),
                Text(10) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null, Text(11) ?? string.Empty);
            var measure = new TrackedMeasure
            {
                OwnerKey = reader.GetString(0), MeasureId = reader.GetString(1), DraftId = reader.GetString(2), DraftTitle = reader.GetString(3),
                Number = reader.GetString(4), Sequence = Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture), Text = reader.GetString(6),
                ProblemRefs = Text(7), Responsible = Text(8), Deadline = deadline, Status = Enum.Parse<MeasureStatus>(reader.GetString(12)),
                Evidence = Text(13), UpdatedAt = DateTimeOffset.Parse(reader.GetString(14), CultureInfo.InvariantCulture),
            };
            rows.Add(new Row(measure, Convert.ToInt32(reader.GetValue(15), CultureInfo.InvariantCulture) != 0, Convert.ToInt32(reader.GetValue(16), CultureInfo.InvariantCulture) != 0));
        }
        return rows;
    }

    private static Task InsertAsync(DbConnection connection, DbTransaction transaction, TrackedMeasure m, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction,
            $"INSERT INTO rect_measures ({Columns}) VALUES (@o, @m, @di, @dt, @n, @q, @x, @p, @r, @k, @d, @dx, @s, @e, @t)",
            cancellationToken, MeasureParameters(m));

    private static Task UpdateSyncedAsync(DbConnection connection, DbTransaction transaction, TrackedMeasure m, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction,
            "UPDATE rect_measures SET draft_id = @di, draft_title = @dt, number = @n, seq = @q, text = @x, problem_refs = @p, responsible = @r, "
            + "due_kind = @k, due_date = @d, due_text = @dx, status = @s, evidence = @e, removed = 0 WHERE owner_key = @o AND measure_id = @m",
            cancellationToken, MeasureParameters(m));

    private static (string, object?)[] MeasureParameters(TrackedMeasure m) =>
    [
        ("o", m.OwnerKey), ("m", m.MeasureId), ("di", m.DraftId), ("dt", m.DraftTitle), ("n", m.Number), ("q", m.Sequence), ("x", m.Text),
        ("p", m.ProblemRefs), ("r", m.Responsible), ("k", m.Deadline?.Kind.ToString()),
        ("d", m.Deadline?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("dx", m.Deadline?.Text),
        ("s", m.Status.ToString()), ("e", m.Evidence), ("t", Iso(m.UpdatedAt)),
    ];

    private static Task AddEventAsync(DbConnection connection, DbTransaction transaction, string ownerKey, string measureId, MeasureEventKind kind,
        DateTimeOffset at, string author, string text, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, "INSERT INTO rect_events (id, owner_key, measure_id, kind, at, author, text) VALUES (@i, @o, @m, @k, @a, @u, @x)",
            cancellationToken, ("i", Guid.NewGuid().ToString("N")), ("o", ownerKey), ("m", measureId), ("k", kind.ToString()), ("a", Iso(at)), ("u", author), ("x", text));

    internal static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
