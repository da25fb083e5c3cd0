using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Storage.Postgres;
using ReviewBot.Storage.Records;
using ReviewBot.Storage.Tests.Records;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaMigratorTests(PostgresFixture postgres) : SchemaMigratorContractTests
{
    private string? _connectionString;

    protected override string SlowStatement => "SELECT pg_sleep(0.3)";

    protected override async Task CreateStoreAsync() => _connectionString = await postgres.CreateDatabaseAsync();

    protected override RecordDatabase OpenDatabase(IEnumerable<ISchemaMigration> migrations)
        => new PostgresDatabase(_connectionString!, migrations, NullLogger<PostgresDatabase>.Instance);
}
