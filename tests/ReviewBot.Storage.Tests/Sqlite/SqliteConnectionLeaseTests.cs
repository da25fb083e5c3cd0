using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Storage.Records;
using ReviewBot.Storage.Sqlite;
using ReviewBot.Storage.Tests.Records;
using ReviewBot.Storage.Tests.Support;

namespace ReviewBot.Storage.Tests.Sqlite;

/// <summary>The lease contract on a SQLite file (WAL: readers never wait for the writer).</summary>
public sealed class SqliteConnectionLeaseTests : ConnectionLeaseContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    [SkippableFact]
    public Task Readers_see_the_last_commit_while_a_writer_is_inside_its_transaction()
        => AssertReadersSeeTheLastCommitWhileAWriterIsInsideItsTransactionAsync();

    protected override Task<RecordDatabase> CreateDatabaseAsync(IEnumerable<ISchemaMigration> migrations)
        => Task.FromResult<RecordDatabase>(
            new SqliteDatabase(_folder.File("records.db"), migrations, NullLogger<SqliteDatabase>.Instance, TimeSpan.FromSeconds(5)));

    public void Dispose() => _folder.Dispose();
}
