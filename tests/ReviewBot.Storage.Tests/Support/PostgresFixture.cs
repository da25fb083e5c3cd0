namespace ReviewBot.Storage.Tests.Support;

/// <summary>
/// One throwaway server for the PostgreSQL test classes; each test takes a fresh database from it. Every class that
/// starts PostgreSQL belongs to <see cref="PostgresCollection"/>, so the template cluster is deleted after the last of them.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    internal PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL server is not running.");

    public async Task InitializeAsync()
    {
        if (PostgresBinaries.MissingReason is null)
        {
            _server = await PostgresServer.StartAsync();
        }
    }

    /// <summary>Skips the calling test, with the reason, where PostgreSQL is not installed.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        Skip.If(PostgresBinaries.MissingReason is not null, PostgresBinaries.MissingReason);
        return await Server.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        await PostgresServer.DeleteTemplateAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
