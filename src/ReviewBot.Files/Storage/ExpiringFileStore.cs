using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Storage;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Storage;

/// <summary>
/// Files with an expiry, kept in <see cref="IStorage"/> (so they survive a restart and are shared by instances).
/// <see cref="IStorage"/> cannot list keys, so each file is also entered, in the same atomic write, in an hourly
/// expiry bucket (<c>files/expiry/{yyyyMMddHH}</c>); <see cref="SweepAsync"/> deletes the files of every bucket
/// that is due, and a cursor remembers how far it got. Expired files are also deleted when someone asks for them.
/// </summary>
public sealed partial class ExpiringFileStore(IStorage storage, TimeProvider time, ILogger<ExpiringFileStore> logger)
{
    internal const string BucketPrefix = "files/expiry/";
    internal const string CursorKey = "files/expiry-swept";
    private const int MaxWriteAttempts = 20;
    private const int BucketsPerRead = 168;
    private static readonly TimeSpan FirstSweepLookback = TimeSpan.FromDays(8);

    public async Task SaveAsync(string key, StoredFile file, CancellationToken cancellationToken)
    {
        var fileWrite = new StorageWrite(key, JsonSerializer.Serialize(file, ProtocolJson.Options), ETagRules.Any);
        var bucketKey = BucketKey(DueHour(file.ExpiresAt));
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var docs = await storage.ReadAsync([bucketKey], cancellationToken).ConfigureAwait(false);
            docs.TryGetValue(bucketKey, out var bucketDoc);
            var bucket = bucketDoc is null ? new ExpiryBucket([]) : ReadBucket(bucketDoc.Json);
            var entered = new ExpiryBucket([.. bucket.Keys, key]);
            var bucketWrite = new StorageWrite(bucketKey, JsonSerializer.Serialize(entered, ProtocolJson.Options), bucketDoc?.ETag);
            try
            {
                await storage.WriteAsync([fileWrite, bucketWrite], cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StorageConflictException)
            {
                LogBucketConflict(bucketKey, attempt);
                // Real time on purpose: this spreads concurrent writers apart, it is not part of the files' lifetimes.
                await Task.Delay(Random.Shared.Next(1, 20) * Math.Min(attempt, 5), cancellationToken).ConfigureAwait(false);
            }
        }
        // Never fail the user's export over the index: the file still expires, and is deleted when it is next asked for.
        LogNotEntered(bucketKey);
        await storage.WriteAsync([fileWrite], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The file, or null when it does not exist, has expired (it is then deleted) or cannot be read.</summary>
    public async Task<StoredFile?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var docs = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        if (!docs.TryGetValue(key, out var doc))
        {
            return null;
        }
        StoredFile? file;
        try
        {
            file = JsonSerializer.Deserialize<StoredFile>(doc.Json, ProtocolJson.Options);
        }
        catch (JsonException ex)
        {
            LogUnreadable(ex, key);
            file = null;
        }
        if (file?.Content is null || file.ExpiresAt <= time.GetUtcNow())
        {
            await storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
            return null;
        }
        return file;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => storage.DeleteAsync([key], cancellationToken);

    /// <summary>Deletes every file whose expiry bucket is due; returns how many entries were removed.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var lastDue = FloorHour(time.GetUtcNow());
        var cursorDocs = await storage.ReadAsync([CursorKey], cancellationToken).ConfigureAwait(false);
        var from = cursorDocs.TryGetValue(CursorKey, out var cursor) && TryReadCursor(cursor.Json) is { } swept
            ? swept.AddHours(1)
            : lastDue - FirstSweepLookback;
        var removed = 0;
        for (var start = from; start <= lastDue; start = start.AddHours(BucketsPerRead))
        {
            var bucketKeys = Enumerable.Range(0, BucketsPerRead)
                .Select(h => start.AddHours(h))
                .TakeWhile(hour => hour <= lastDue)
                .Select(BucketKey)
                .ToArray();
            var buckets = await storage.ReadAsync(bucketKeys, cancellationToken).ConfigureAwait(false);
            if (buckets.Count == 0)
            {
                continue;
            }
            var fileKeys = buckets.Values.SelectMany(b => ReadBucket(b.Json).Keys).Distinct(StringComparer.Ordinal).ToList();
            await storage.DeleteAsync([.. fileKeys, .. buckets.Keys], cancellationToken).ConfigureAwait(false);
            removed += fileKeys.Count;
        }
        var cursorJson = JsonSerializer.Serialize(new SweepCursor(lastDue), ProtocolJson.Options);
        await storage.WriteAsync([new StorageWrite(CursorKey, cursorJson, ETagRules.Any)], cancellationToken).ConfigureAwait(false);
        if (removed > 0)
        {
            LogSwept(removed);
        }
        return removed;
    }

    /// <summary>The first full hour at or after <paramref name="expiresAt"/>: the bucket is due once that hour has come.</summary>
    internal static DateTimeOffset DueHour(DateTimeOffset expiresAt)
    {
        var floor = FloorHour(expiresAt);
        return floor == expiresAt.ToUniversalTime() ? floor : floor.AddHours(1);
    }

    internal static string BucketKey(DateTimeOffset hour) =>
        BucketPrefix + hour.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    private static DateTimeOffset FloorHour(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    private ExpiryBucket ReadBucket(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ExpiryBucket>(json, ProtocolJson.Options) is { Keys: not null } bucket ? bucket : new ExpiryBucket([]);
        }
        catch (JsonException ex)
        {
            LogUnreadable(ex, "expiry bucket");
            return new ExpiryBucket([]);
        }
    }

    private static DateTimeOffset? TryReadCursor(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SweepCursor>(json, ProtocolJson.Options)?.LastSwept;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record ExpiryBucket(IReadOnlyList<string> Keys);

    private sealed record SweepCursor(DateTimeOffset LastSwept);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Expiry bucket {BucketKey} changed concurrently, attempt {Attempt}; retrying")]
    private partial void LogBucketConflict(string bucketKey, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expiry bucket {BucketKey} stayed contended; a file was stored without being entered for the sweep")]
    private partial void LogNotEntered(string bucketKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored file document {Key} could not be read; it is treated as missing")]
    private partial void LogUnreadable(Exception ex, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} expired files")]
    private partial void LogSwept(int count);
}
