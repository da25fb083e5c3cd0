namespace ReviewBot.Interview.Tests.Rectification.Support;

/// <summary>
/// Finds the machine's PostgreSQL server programs (Debian: /usr/lib/postgresql/&lt;version&gt;/bin, else PATH) and how to run
/// them: initdb refuses root, so as root they run as the <c>postgres</c> user through runuser.
/// </summary>
internal static class PostgresBinaries
{
    private static readonly Lazy<(string? Folder, string? Problem)> Found = new(Find);

    /// <summary>Null when the server can be run here; otherwise why the PostgreSQL tests are skipped.</summary>
    public static string? MissingReason => Found.Value.Problem;

    public static string Folder => Found.Value.Folder ?? throw new InvalidOperationException(MissingReason);

    public static bool RunAsPostgresUser => Environment.IsPrivilegedProcess;

    /// <summary>The command line that runs <paramref name="program"/> (initdb, pg_ctl...) as the right user.</summary>
    public static (string FileName, List<string> Arguments) Command(string program, params string[] arguments)
    {
        var path = Path.Combine(Folder, program);
        return RunAsPostgresUser
            ? ("runuser", ["-u", "postgres", "--", path, .. arguments])
            : (path, [.. arguments]);
    }

    private static (string?, string?) Find()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version(0, 0))
                .Select(d => Path.Combine(d, "bin"))
            : [];
        var pathFolders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        var folder = candidates.Concat(pathFolders)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
        if (folder is null)
        {
            return (null, "PostgreSQL is not installed (no initdb/pg_ctl in /usr/lib/postgresql/*/bin or on PATH); "
                + "install the Debian package 'postgresql' to run these tests.");
        }
        if (RunAsPostgresUser && !UserExists("postgres"))
        {
            return (null, "Running as root, but there is no 'postgres' user to run the PostgreSQL server as (initdb refuses root).");
        }
        return (folder, null);
    }

    private static bool UserExists(string name)
        => File.Exists("/etc/passwd") && File.ReadLines("/etc/passwd").Any(line => line.StartsWith(name + ":", StringComparison.Ordinal));
}
