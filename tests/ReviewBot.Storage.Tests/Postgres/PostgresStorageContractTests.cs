using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Builder.Storage;
using ReviewBot.Storage.Postgres;
using ReviewBot.Storage.Tests.State;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Postgres;

/// <summary>The storage contract on a throwaway PostgreSQL server, a fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageContractTests(PostgresFixture postgres) : StorageContractTests
{
    protected override async Task<(IStorage Storage, Func<ValueTask> Dispose)> CreateStorageAsync()
    {
        var database = new PostgresDatabase(await postgres.CreateDatabaseAsync(), [], NullLogger<PostgresDatabase>.Instance);
        return (new PostgresStorage(database), database.DisposeAsync);
    }
}
