using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Storage.Records;
using ReviewBot.Storage.Sqlite;
using ReviewBot.Storage.Tests.Records;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Sqlite;

public sealed class SqliteSchemaMigratorTests : SchemaMigratorContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override string SlowStatement =>
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) SELECT count(*) FROM c";

    protected override Task CreateStoreAsync() => Task.CompletedTask;

    protected override RecordDatabase OpenDatabase(IEnumerable<ISchemaMigration> migrations)
        => new SqliteDatabase(_folder.File("records.db"), migrations, NullLogger<SqliteDatabase>.Instance, TimeSpan.FromSeconds(10));

    public void Dispose() => _folder.Dispose();
}
