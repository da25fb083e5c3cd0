using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Sqlite;
using ReviewBot.Storage.Tests.State;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Sqlite;

/// <summary>The storage contract on a real SQLite file in a temp folder.</summary>
public sealed class SqliteStorageContractTests : StorageContractTests
{
    protected override Task<(IStorage Storage, Func<ValueTask> Dispose)> CreateStorageAsync()
    {
        var folder = new TempFolder();
        var database = new SqliteDatabase(folder.File("state.db"), [], NullLogger<SqliteDatabase>.Instance, TimeSpan.FromSeconds(5));
        return Task.FromResult<(IStorage, Func<ValueTask>)>((new SqliteStorage(database), async () =>
        {
            await database.DisposeAsync();
            folder.Dispose();
        }));
    }
}
