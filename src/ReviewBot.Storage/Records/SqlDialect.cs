namespace ReviewBot.Storage.Records;

/// <summary>The SQL flavour of an <see cref="IRecordDatabase"/>; migrations and queries branch on it where the two differ.</summary>
public enum SqlDialect
{
    Sqlite,
    Postgres,
}
