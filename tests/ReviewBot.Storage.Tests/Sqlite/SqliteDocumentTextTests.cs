using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Sqlite;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Sqlite;

/// <summary>
/// Documents reach SQLite as UTF-8 bytes (see SqlStorage) yet are stored as text, exactly as given, by every kind of write;
/// they are read back as the stored UTF-8, without decoding.
/// </summary>
public sealed class SqliteDocumentTextTests : IDisposable
{
    private const string Document = """{"aspect":"理想信念 🚩","note":"say \"hi\"\n","pad":"0123456789abcdef"}""";

    private readonly TempFolder _folder = new();
    private readonly CancellationToken _ct = new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    [Fact]
    public async Task Created_replaced_and_upserted_documents_are_stored_as_the_same_text()
    {
        var path = _folder.File("state.db");
        await using (var database = new SqliteDatabase(path, [], NullLogger<SqliteDatabase>.Instance, TimeSpan.FromSeconds(5)))
        {
            var storage = new SqliteStorage(database);
            var etags = await storage.WriteAsync([new StorageWrite("created", Document, null), new StorageWrite("replaced", "{}", null)], _ct);
            await storage.WriteAsync([new StorageWrite("replaced", Document, etags["replaced"]), new StorageWrite("upserted", Document, "*")], _ct);
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(_ct);
        await using var command = new SqliteCommand("SELECT key, typeof(json), json FROM state ORDER BY key", connection);
        await using var reader = await command.ExecuteReaderAsync(_ct);
        var rows = new List<(string, string, string)>();
        while (await reader.ReadAsync(_ct))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        Assert.Equal([("created", "text", Document), ("replaced", "text", Document), ("upserted", "text", Document)], rows);
    }

    [Fact]
    public async Task Text_stored_by_another_program_is_read_back_as_its_utf8_bytes()
    {
        var path = _folder.File("state.db");
        await using var database = new SqliteDatabase(path, [], NullLogger<SqliteDatabase>.Instance, TimeSpan.FromSeconds(5));
        await database.InitializeAsync(_ct);
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(_ct);
            await using var insert = new SqliteCommand("INSERT INTO state (key, json, etag, updated_at) VALUES ('outside', @json, 'e1', 'now')", connection);
            insert.Parameters.AddWithValue("@json", Document); // bound as a .NET string, stored as text
            await insert.ExecuteNonQueryAsync(_ct);
        }

        var stored = (await new SqliteStorage(database).ReadAsync(["outside"], _ct))["outside"];

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Document), stored.Utf8.ToArray());
        Assert.Equal(Document, stored.Json);
        Assert.Equal("e1", stored.ETag);
    }

    public void Dispose() => _folder.Dispose();
}
