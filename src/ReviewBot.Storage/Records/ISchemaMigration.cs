namespace ReviewBot.Storage.Records;

/// <summary>
/// One numbered schema step of an app module (drafts, measures, reminders...). Versions start at 1 and are applied
/// in ascending order, once per database, at start-up, inside one transaction with the module's other pending steps.
/// Never edit a migration that has shipped: add the next version.
/// </summary>
public interface ISchemaMigration
{
    /// <summary>A short stable name of the owning module, e.g. "drafts".</summary>
    string Module { get; }

    int Version { get; }

    /// <summary>The DDL (one or more statements separated by ';') for <paramref name="dialect"/>.</summary>
    string GetSql(SqlDialect dialect);
}
