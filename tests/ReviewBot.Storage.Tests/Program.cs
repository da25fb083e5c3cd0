using ReviewBot.Storage.Tests.Sqlite;

namespace ReviewBot.Storage.Tests;

/// <summary>
/// Not used by the test runner. The durability tests start this assembly as a child process
/// (<c>dotnet ReviewBot.Storage.Tests.dll sqlite-writer PATH</c>) so that they can kill it with SIGKILL mid-write.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [SqliteWriterChild.Command, var path])
        {
            return await SqliteWriterChild.RunAsync(path);
        }
        await Console.Error.WriteLineAsync("This assembly is a test suite: run it with `dotnet test`.");
        return 2;
    }
}
