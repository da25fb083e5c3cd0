using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Sqlite;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Sqlite;

/// <summary>Locked, read-only, damaged or unreachable files give StorageUnavailableException with a clear message, never a raw crash.</summary>
public sealed class SqliteUnavailableTests : IDisposable
{
    private static readonly TimeSpan ShortBusyTimeout = TimeSpan.FromSeconds(1);
    private readonly TempFolder _folder = new();
    private readonly CancellationToken _ct = new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    [Fact]
    public async Task File_locked_by_another_connections_exclusive_transaction_gives_unavailable_after_the_busy_timeout()
    {
        var path = _folder.File("state.db");
        await using var database = Open(path);
        var storage = new SqliteStorage(database);
        await storage.WriteAsync([new StorageWrite("conv", "1", null)], _ct);
        await using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        await other.OpenAsync(_ct);
        await using (var begin = new SqliteCommand("BEGIN EXCLUSIVE; INSERT INTO state VALUES ('other', '0', 'x', 'now');", other))
        {
            await begin.ExecuteNonQueryAsync(_ct);
        }

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => storage.WriteAsync([new StorageWrite("conv", "2", "*")], _ct));

        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal("1", (await storage.ReadAsync(["conv"], _ct))["conv"].Json); // WAL: readers are not blocked
        Assert.False((await storage.CheckHealthAsync(_ct)).IsHealthy);

        await using (var rollback = new SqliteCommand("ROLLBACK", other))
        {
            await rollback.ExecuteNonQueryAsync(_ct);
        }
        await storage.WriteAsync([new StorageWrite("conv", "2", "*")], _ct);
        Assert.Equal("2", (await storage.ReadAsync(["conv"], _ct))["conv"].Json);
    }

    [SkippableFact]
    public async Task Read_only_file_gives_unavailable_for_writes_and_still_serves_reads()
    {
        var path = _folder.File("state.db");
        await using (var writable = Open(path))
        {
            await new SqliteStorage(writable).WriteAsync([new StorageWrite("conv", """{"v":"kept"}""", null)], _ct);
        }
        await MakeReadOnlyAsync(path);
        try
        {
            await using var database = Open(path);
            var storage = new SqliteStorage(database);

            var error = await Assert.ThrowsAsync<StorageUnavailableException>(
                () => storage.WriteAsync([new StorageWrite("conv", """{"v":"new"}""", "*")], _ct));

            Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
            Assert.Equal("""{"v":"kept"}""", (await storage.ReadAsync(["conv"], _ct))["conv"].Json);
            Assert.False((await storage.CheckHealthAsync(_ct)).IsHealthy);
        }
        finally
        {
            await MakeWritableAsync(path);
        }
    }

    [Fact]
    public async Task File_that_is_not_a_database_gives_unavailable_and_is_left_alone()
    {
        var path = _folder.File("state.db");
        var garbage = new byte[8192];
        Array.Fill(garbage, (byte)'x');
        await File.WriteAllBytesAsync(path, garbage, _ct);
        await using var database = Open(path);
        var storage = new SqliteStorage(database);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync(["conv"], _ct));

        Assert.Contains("not a usable SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(path, _ct));
    }

    [Fact]
    public async Task Folder_that_cannot_be_created_gives_unavailable_and_an_unhealthy_report()
    {
        var blocker = _folder.File("a-file");
        await File.WriteAllTextAsync(blocker, "not a folder", _ct);
        await using var database = Open(Path.Combine(blocker, "data", "state.db"));
        var storage = new SqliteStorage(database);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.WriteAsync([new StorageWrite("k", "1", null)], _ct));
        var health = await storage.CheckHealthAsync(_ct);

        Assert.False(health.IsHealthy);
        Assert.Contains(blocker, health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthy_file_reports_healthy()
    {
        await using var database = Open(_folder.File("state.db"));

        var health = await new SqliteStorage(database).CheckHealthAsync(_ct);

        Assert.True(health.IsHealthy, health.Description);
    }

    public void Dispose() => _folder.Dispose();

    private static SqliteDatabase Open(string path)
        => new(path, [], NullLogger<SqliteDatabase>.Instance, ShortBusyTimeout);

    /// <summary>chmod a-w; as root, which ignores permissions, also the immutable attribute (chattr +i).</summary>
    private static async Task MakeReadOnlyAsync(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new SkipException("Read-only files are simulated with Unix permissions.");
        }
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        if (Environment.IsPrivilegedProcess)
        {
            var (exitCode, output) = await ProcessRunner.RunAsync("chattr", ["+i", path], TimeSpan.FromSeconds(30));
            Skip.If(exitCode != 0, $"Running as root, and 'chattr +i' is not permitted here, so no file can be read-only: {output}");
        }
    }

    private static async Task MakeWritableAsync(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        if (Environment.IsPrivilegedProcess)
        {
            await ProcessRunner.RunAsync("chattr", ["-i", path], TimeSpan.FromSeconds(30));
        }
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
