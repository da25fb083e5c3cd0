namespace ReviewBot.Storage.Records;

/// <summary>Checks registered migrations and puts them in the order they are applied: modules in registration order, versions ascending.</summary>
internal static class MigrationPlan
{
    public static IReadOnlyList<ISchemaMigration> Order(IReadOnlyList<ISchemaMigration> migrations)
    {
        var moduleOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<(string, int)>();
        foreach (var migration in migrations)
        {
            if (migration is null || string.IsNullOrWhiteSpace(migration.Module))
            {
                throw new ArgumentException("A schema migration has no module name.", nameof(migrations));
            }
            if (migration.Module.Length > 100)
            {
                throw new ArgumentException($"The module name '{migration.Module[..20]}...' of a schema migration is longer than 100 characters.", nameof(migrations));
            }
            if (migration.Version < 1)
            {
                throw new ArgumentException($"Schema migration {migration.Module} has version {migration.Version}; versions start at 1.", nameof(migrations));
            }
            if (!seen.Add((migration.Module, migration.Version)))
            {
                throw new ArgumentException($"Schema migration {migration.Module} v{migration.Version} is registered twice.", nameof(migrations));
            }
            moduleOrder.TryAdd(migration.Module, moduleOrder.Count);
        }
        return [.. migrations.OrderBy(m => moduleOrder[m.Module]).ThenBy(m => m.Version)];
    }
}
