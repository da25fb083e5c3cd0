using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Storage.Records;
using ReviewBot.Storage.Sqlite;

namespace ReviewBot.Storage.Tests.Records;

/// <summary>Mistakes in registered migrations are refused when the database is built, before anything touches the schema.</summary>
public sealed class MigrationPlanTests
{
    [Theory]
    [InlineData("drafts", 1, "drafts", 1, "registered twice")]
    [InlineData("drafts", 0, "measures", 1, "versions start at 1")]
    [InlineData(" ", 1, "measures", 1, "no module name")]
    public void Bad_migration_registrations_are_refused_with_a_clear_message(
        string firstModule, int firstVersion, string secondModule, int secondVersion, string expected)
    {
        ISchemaMigration[] migrations =
        [
            new SchemaMigration(firstModule, firstVersion, "CREATE TABLE a (id INTEGER)"),
            new SchemaMigration(secondModule, secondVersion, "CREATE TABLE b (id INTEGER)"),
        ];

        var error = Assert.Throws<ArgumentException>(() => SqliteDatabase.CreateInMemory(migrations, NullLogger<SqliteDatabase>.Instance));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migration_gives_the_sql_of_the_dialect_asked_for()
    {
        var migration = new SchemaMigration("drafts", 1, SqliteSql: "sqlite sql", PostgresSql: "postgres sql");

        Assert.Equal("sqlite sql", migration.GetSql(SqlDialect.Sqlite));
        Assert.Equal("postgres sql", migration.GetSql(SqlDialect.Postgres));
    }
}
