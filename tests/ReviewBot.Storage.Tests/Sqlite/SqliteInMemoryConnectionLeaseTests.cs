using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Storage.Records;
using ReviewBot.Storage.Sqlite;
using ReviewBot.Storage.Tests.Records;

namespace ReviewBot.Storage.Tests.Sqlite;

/// <summary>The lease contract on a private in-memory database (the Memory provider's records).</summary>
public sealed class SqliteInMemoryConnectionLeaseTests : ConnectionLeaseContractTests
{
    protected override Task<RecordDatabase> CreateDatabaseAsync(IEnumerable<ISchemaMigration> migrations)
        => Task.FromResult<RecordDatabase>(SqliteDatabase.CreateInMemory(migrations, NullLogger<SqliteDatabase>.Instance));
}
