namespace ReviewBot.Storage.Records;

/// <summary>A migration given as SQL text per dialect; use the three-argument form when the SQL is the same in both.</summary>
public sealed record SchemaMigration(string Module, int Version, string SqliteSql, string PostgresSql) : ISchemaMigration
{
    public SchemaMigration(string module, int version, string portableSql)
        : this(module, version, portableSql, portableSql)
    {
    }

    public string GetSql(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => SqliteSql,
        SqlDialect.Postgres => PostgresSql,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Unknown SQL dialect."),
    };
}
