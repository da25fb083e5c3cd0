using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Sqlite;

namespace ReviewBot.Storage.Tests.Sqlite;

/// <summary>
/// The child process of the kill -9 test: writes keys "a" and "b" together, batch after batch, with real ETags, and prints
/// the batch number after each commit. The parent kills it and then checks that every printed batch is in the file.
/// </summary>
internal static class SqliteWriterChild
{
    public const string Command = "sqlite-writer";

    public static async Task<int> RunAsync(string path)
    {
        await using var database = new SqliteDatabase(path, [], NullLogger<SqliteDatabase>.Instance, TimeSpan.FromSeconds(5));
        var storage = new SqliteStorage(database);
        var padding = new string('改', 2000); // keeps the WAL growing so checkpoints happen while we write
        string? etagA = null, etagB = null;
        for (var batch = 1; ; batch++)
        {
            var json = $$"""{"batch":{{batch}},"padding":"{{padding}}"}""";
            var etags = await storage.WriteAsync([new StorageWrite("a", json, etagA), new StorageWrite("b", json, etagB)], CancellationToken.None);
            (etagA, etagB) = (etags["a"], etags["b"]);
            Console.Out.WriteLine(batch);
            Console.Out.Flush();
        }
    }

    /// <summary>The command line that starts this child from the test process.</summary>
    public static ProcessStartInfo StartInfo(string path)
    {
        var assembly = typeof(SqliteWriterChild).Assembly.Location;
        var host = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add(Command);
        start.ArgumentList.Add(path);
        return start;
    }
}
