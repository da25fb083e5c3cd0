using Npgsql;

namespace ReviewBot.Storage.Postgres;

/// <summary>Which PostgreSQL failures are outages (server down, refused, shutting down, out of resources, bad login), and how to say so.</summary>
internal static class PostgresErrors
{
    // SQLSTATE classes: 08 connection, 28 authorization, 3D no such database, 53 resources, 57 operator intervention, 58 system error.
    private static readonly string[] UnavailableClasses = ["08", "28", "3D", "53", "57", "58"];

    public static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException e => UnavailableClasses.Any(c => e.SqlState.StartsWith(c, StringComparison.Ordinal))
            || e.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction,
        NpgsqlException => true, // network, timeout or protocol failures: no server answer at all
        TimeoutException => true,
        _ => false,
    };

    public static string Describe(Exception exception, string location)
    {
        var reason = exception switch
        {
            PostgresException e => $"{e.SqlState}: {e.MessageText}",
            _ when exception.InnerException is { } inner => $"{exception.Message} ({inner.Message})",
            _ => exception.Message,
        };
        return $"PostgreSQL at {location} is unavailable: {reason}";
    }
}
