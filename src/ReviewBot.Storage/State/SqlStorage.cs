using System.Data.Common;
using System.Globalization;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Records;

namespace ReviewBot.Storage.State;

/// <summary>
/// <see cref="IStorage"/> on the <c>state</c> table of a <see cref="RecordDatabase"/>. A batch is one transaction of
/// conditional statements (see <see cref="ETagRules"/>): <c>"*"</c> upserts, null/empty inserts with ON CONFLICT DO NOTHING,
/// any other ETag updates WHERE etag matches; a statement that touches no row is a conflict and rolls the batch back.
/// Writes go in key order so that two instances writing the same keys cannot deadlock.
/// </summary>
public abstract class SqlStorage : IStorage, IStorageHealth
{
    private const string UpsertSql = """
        INSERT INTO state (key, json, etag, updated_at) VALUES (@key, CAST(@json AS TEXT), @etag, @now)
        ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at
        """;

    private const string CreateSql = """
        INSERT INTO state (key, json, etag, updated_at) VALUES (@key, CAST(@json AS TEXT), @etag, @now)
        ON CONFLICT (key) DO NOTHING
        """;

    private const string ReplaceSql =
        "UPDATE state SET json = CAST(@json AS TEXT), etag = @etag, updated_at = @now WHERE key = @key AND etag = @expected";

    private const string ReadPrefix = "SELECT key, json, etag FROM state WHERE key IN ";

    private const string DeletePrefix = "DELETE FROM state WHERE key IN ";

    /// <summary>
    /// Key parameter names and <c>(@k0, …)</c> lists for up to 16 keys, built once (a turn reads 2 to 8). Parameter names
    /// carry their <c>@</c>: Microsoft.Data.Sqlite then finds each with one lookup instead of trying @, $ and : in turn.
    /// </summary>
    private static readonly string[] KeyNames = [.. Enumerable.Range(0, 16).Select(KeyName)];

    private static readonly string[] ReadSql = WithKeyLists(ReadPrefix);

    private static readonly string[] DeleteSql = WithKeyLists(DeletePrefix);

    private readonly RecordDatabase _database;
    private readonly bool _documentsAsUtf8;

    private protected SqlStorage(RecordDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _documentsAsUtf8 = database.Dialect == SqlDialect.Sqlite;
    }

    public Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageBatch.EnsureValidKeys(keys);
        if (keys.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, StoredDocument>>(new Dictionary<string, StoredDocument>());
        }
        return _database.RunLeasedAsync<IReadOnlyDictionary<string, StoredDocument>>(async (lease, ct) =>
        {
            var command = WithKeyParameters(lease, ReadSql, ReadPrefix, keys);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var result = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
            while (await reader.ReadAsync(ct))
            {
                result[reader.GetString(0)] = _documentsAsUtf8
                    ? new StoredDocument(reader.GetFieldValue<byte[]>(1), reader.GetString(2)) // SQLite's own UTF-8, no decoding
                    : new StoredDocument(reader.GetString(1), reader.GetString(2));
            }
            return result;
        }, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
    {
        StorageBatch.EnsureValid(writes);
        if (writes.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
        }
        StorageWrite[] ordered = [.. writes.OrderBy(w => w.Key, StringComparer.Ordinal)];
        var etags = ordered.ToDictionary(w => w.Key, _ => NewETag(), StringComparer.Ordinal);
        var now = DateTime.UtcNow;
        return _database.RunLeasedInTransactionAsync<IReadOnlyDictionary<string, string>>(async (lease, ct) =>
        {
            var affected = lease.Connection.CanCreateBatch
                ? await ExecuteAsBatchAsync(lease, ordered, etags, now, ct)
                : await ExecuteOneByOneAsync(lease, ordered, etags, now, ct);
            for (var i = 0; i < ordered.Length; i++)
            {
                if (affected[i] == 0)
                {
                    throw new StorageConflictException(ordered[i].Key);
                }
            }
            return etags;
        }, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageBatch.EnsureValidKeys(keys);
        if (keys.Count == 0)
        {
            return Task.CompletedTask;
        }
        return _database.RunLeasedInTransactionAsync(
            (lease, ct) => WithKeyParameters(lease, DeleteSql, DeletePrefix, keys).ExecuteNonQueryAsync(ct), cancellationToken);
    }

    public Task<StorageHealth> CheckHealthAsync(CancellationToken cancellationToken) => _database.CheckHealthAsync(cancellationToken);

    /// <summary>A fresh ETag: time-ordered and never reused (see <see cref="ETagSource"/>).</summary>
    private static string NewETag() => ETagSource.Next();

    private async Task<int[]> ExecuteAsBatchAsync(
        ConnectionLease lease, StorageWrite[] writes, Dictionary<string, string> etags, DateTime now, CancellationToken cancellationToken)
    {
        await using var batch = lease.Connection.CreateBatch();
        batch.Transaction = lease.Transaction;
        foreach (var write in writes)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = SqlFor(write);
            command.AddParameter("@key", write.Key);
            command.AddParameter("@json", Document(write));
            command.AddParameter("@etag", etags[write.Key]);
            command.AddParameter("@now", now);
            if (IsReplace(write))
            {
                command.AddParameter("@expected", write.ETag);
            }
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return [.. batch.BatchCommands.Select(c => c.RecordsAffected)];
    }

    /// <summary>One statement at a time, each a command the lease keeps prepared (SQLite has no batches).</summary>
    private async Task<int[]> ExecuteOneByOneAsync(
        ConnectionLease lease, StorageWrite[] writes, Dictionary<string, string> etags, DateTime now, CancellationToken cancellationToken)
    {
        var affected = new int[writes.Length];
        for (var i = 0; i < writes.Length; i++)
        {
            var write = writes[i];
            var command = lease.Command(SqlFor(write));
            command.AddParameter("@key", write.Key);
            command.AddParameter("@json", Document(write));
            command.AddParameter("@etag", etags[write.Key]);
            command.AddParameter("@now", now);
            if (IsReplace(write))
            {
                command.AddParameter("@expected", write.ETag);
            }
            affected[i] = await command.ExecuteNonQueryAsync(cancellationToken);
            if (affected[i] == 0)
            {
                break; // the batch is lost anyway; the caller rolls back
            }
        }
        return affected;
    }

    /// <summary>
    /// A document as the <c>@json</c> parameter, which the SQL casts to text. SQLite gets the UTF-8 bytes as they are
    /// (a string would be transcoded and then measured byte by byte again by SQLite); PostgreSQL gets text.
    /// </summary>
    private object Document(StorageWrite write) => _documentsAsUtf8 ? write.Utf8 : write.Json;

    private static bool IsReplace(StorageWrite write) => write.ETag is { Length: > 0 } and not ETagRules.Any;

    private static string SqlFor(StorageWrite write) => write.ETag switch
    {
        ETagRules.Any => UpsertSql,
        null or "" => CreateSql,
        _ => ReplaceSql,
    };

    /// <summary>
    /// <paramref name="sqlPrefix"/> followed by <c>(@k0, @k1, …)</c>, one parameter per distinct key: the same text for
    /// the same number of keys (from <paramref name="sqlByCount"/> when short), so the lease can reuse its prepared command.
    /// </summary>
    private static DbCommand WithKeyParameters(ConnectionLease lease, string[] sqlByCount, string sqlPrefix, IReadOnlyCollection<string> keys)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        var command = lease.Command(distinct.Length < sqlByCount.Length ? sqlByCount[distinct.Length] : sqlPrefix + KeyList(distinct.Length));
        for (var i = 0; i < distinct.Length; i++)
        {
            command.AddParameter(i < KeyNames.Length ? KeyNames[i] : KeyName(i), distinct[i]);
        }
        return command;
    }

    private static string[] WithKeyLists(string sqlPrefix) => [.. Enumerable.Range(0, KeyNames.Length).Select(n => sqlPrefix + KeyList(n))];

    private static string KeyName(int index) => "@k" + index.ToString(CultureInfo.InvariantCulture);

    private static string KeyList(int count) => "(" + string.Join(", ", Enumerable.Range(0, count).Select(KeyName)) + ")";
}
