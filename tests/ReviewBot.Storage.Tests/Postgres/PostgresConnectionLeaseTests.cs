using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Storage.Postgres;
using ReviewBot.Storage.Records;
using ReviewBot.Storage.Tests.Records;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresConnectionLeaseTests(PostgresFixture postgres) : ConnectionLeaseContractTests
{
    [SkippableFact]
    public Task Readers_see_the_last_commit_while_a_writer_is_inside_its_transaction()
        => AssertReadersSeeTheLastCommitWhileAWriterIsInsideItsTransactionAsync();

    protected override async Task<RecordDatabase> CreateDatabaseAsync(IEnumerable<ISchemaMigration> migrations)
        => new PostgresDatabase(await postgres.CreateDatabaseAsync(), migrations, NullLogger<PostgresDatabase>.Instance);
}
