using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Sqlite;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Sqlite;

public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CancellationToken _ct = new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    [Fact]
    public async Task Data_survives_reopening_the_file()
    {
        var path = _folder.File("state.db");
        string etag;
        await using (var first = Open(path))
        {
            etag = (await new SqliteStorage(first).WriteAsync([new StorageWrite("conv", """{"step":"原因分析"}""", null)], _ct))["conv"];
        }

        await using var second = Open(path);
        var found = await new SqliteStorage(second).ReadAsync(["conv"], _ct);

        Assert.Equal(new StoredDocument("""{"step":"原因分析"}""", etag), found["conv"]);
    }

    [Fact]
    public async Task Database_file_uses_write_ahead_logging()
    {
        var path = _folder.File("state.db");
        await using var database = Open(path);
        await database.InitializeAsync(_ct);

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(_ct);
        await using var command = new SqliteCommand("PRAGMA journal_mode", connection);

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(_ct));
    }

    [Fact]
    public async Task Missing_folder_is_created()
    {
        var path = Path.Combine(_folder.Path, "data", "nested", "state.db");
        await using var database = Open(path);

        await new SqliteStorage(database).WriteAsync([new StorageWrite("k", "1", null)], _ct);

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Every_committed_batch_survives_the_writer_being_killed_with_sigkill()
    {
        var path = _folder.File("state.db");
        using var child = Process.Start(SqliteWriterChild.StartInfo(path))!;
        var lastCommitted = 0;
        try
        {
            // Let it commit a good number of batches (and pass a WAL checkpoint or two), then kill it mid-stream.
            while (lastCommitted < 300 && await child.StandardOutput.ReadLineAsync(_ct) is { } line)
            {
                lastCommitted = int.Parse(line, CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            child.Kill(); // SIGKILL on Linux: no finally blocks, no dispose, no checkpoint
            await child.WaitForExitAsync(_ct);
        }
        while (await child.StandardOutput.ReadLineAsync(_ct) is { } line)
        {
            lastCommitted = int.Parse(line, CultureInfo.InvariantCulture);
        }
        Assert.True(lastCommitted >= 300, $"the writer stopped early: {await child.StandardError.ReadToEndAsync(_ct)}");

        await using var database = Open(path);
        var found = await new SqliteStorage(database).ReadAsync(["a", "b"], _ct);

        var a = Batch(found["a"].Json);
        Assert.Equal(a, Batch(found["b"].Json)); // written in one transaction: never one without the other
        Assert.InRange(a, lastCommitted, lastCommitted + 1); // +1: committed but killed before it was printed
        Assert.Equal("ok", await IntegrityCheckAsync(path));
    }

    public void Dispose() => _folder.Dispose();

    private static SqliteDatabase Open(string path)
        => new(path, [], NullLogger<SqliteDatabase>.Instance, TimeSpan.FromSeconds(5));

    private static int Batch(string json) => JsonDocument.Parse(json).RootElement.GetProperty("batch").GetInt32();

    private async Task<string?> IntegrityCheckAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(_ct);
        await using var command = new SqliteCommand("PRAGMA integrity_check", connection);
        return (string?)await command.ExecuteScalarAsync(_ct);
    }
}
