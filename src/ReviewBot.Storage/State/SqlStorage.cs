using System.Data.Common;
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
        INSERT INTO state (key, json, etag, updated_at) VALUES (@key, @json, @etag, @now)
        ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at
        """;

    private const string CreateSql = """
        INSERT INTO state (key, json, etag, updated_at) VALUES (@key, @json, @etag, @now)
        ON CONFLICT (key) DO NOTHING
        """;

    private const string ReplaceSql =
        "UPDATE state SET json = @json, etag = @etag, updated_at = @now WHERE key = @key AND etag = @expected";

    private readonly RecordDatabase _database;

    private protected SqlStorage(RecordDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageBatch.EnsureValidKeys(keys);
        if (keys.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, StoredDocument>>(new Dictionary<string, StoredDocument>());
        }
        return _database.RunAsync<IReadOnlyDictionary<string, StoredDocument>>(async (connection, ct) =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT key, json, etag FROM state WHERE key IN ({AddKeyParameters(command, keys)})";
            await using var reader = await command.ExecuteReaderAsync(ct);
            var result = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
            while (await reader.ReadAsync(ct))
            {
                result[reader.GetString(0)] = new StoredDocument(reader.GetString(1), reader.GetString(2));
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
        return _database.RunInTransactionAsync<IReadOnlyDictionary<string, string>>(async (connection, transaction, ct) =>
        {
            var affected = connection.CanCreateBatch
                ? await ExecuteAsBatchAsync(connection, transaction, ordered, etags, now, ct)
                : await ExecuteOneByOneAsync(connection, transaction, ordered, etags, now, ct);
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
        return _database.RunInTransactionAsync(async (connection, transaction, ct) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"DELETE FROM state WHERE key IN ({AddKeyParameters(command, keys)})";
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
    }

    public Task<StorageHealth> CheckHealthAsync(CancellationToken cancellationToken) => _database.CheckHealthAsync(cancellationToken);

    /// <summary>A fresh ETag: time-ordered and never reused (see <see cref="ETagSource"/>).</summary>
    private static string NewETag() => ETagSource.Next();

    private static async Task<int[]> ExecuteAsBatchAsync(
        DbConnection connection, DbTransaction transaction, StorageWrite[] writes,
        Dictionary<string, string> etags, DateTime now, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var write in writes)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = SqlFor(write);
            command.AddParameter("key", write.Key);
            command.AddParameter("json", write.Json);
            command.AddParameter("etag", etags[write.Key]);
            command.AddParameter("now", now);
            if (IsReplace(write))
            {
                command.AddParameter("expected", write.ETag);
            }
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return [.. batch.BatchCommands.Select(c => c.RecordsAffected)];
    }

    private static async Task<int[]> ExecuteOneByOneAsync(
        DbConnection connection, DbTransaction transaction, StorageWrite[] writes,
        Dictionary<string, string> etags, DateTime now, CancellationToken cancellationToken)
    {
        var affected = new int[writes.Length];
        for (var i = 0; i < writes.Length; i++)
        {
            var write = writes[i];
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SqlFor(write);
            command.AddParameter("key", write.Key);
            command.AddParameter("json", write.Json);
            command.AddParameter("etag", etags[write.Key]);
            command.AddParameter("now", now);
            if (IsReplace(write))
            {
                command.AddParameter("expected", write.ETag);
            }
            affected[i] = await command.ExecuteNonQueryAsync(cancellationToken);
            if (affected[i] == 0)
            {
                break; // the batch is lost anyway; the caller rolls back
            }
        }
        return affected;
    }

    private static bool IsReplace(StorageWrite write) => write.ETag is { Length: > 0 } and not ETagRules.Any;

    private static string SqlFor(StorageWrite write) => write.ETag switch
    {
        ETagRules.Any => UpsertSql,
        null or "" => CreateSql,
        _ => ReplaceSql,
    };

    private static string AddKeyParameters(DbCommand command, IReadOnlyCollection<string> keys)
    {
        var names = new List<string>(keys.Count);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var name = "k" + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.AddParameter(name, key);
            names.Add("@" + name);
        }
        return string.Join(", ", names);
    }
}
