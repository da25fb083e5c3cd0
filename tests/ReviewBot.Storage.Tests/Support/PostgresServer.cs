using System.Security.Cryptography;
using Npgsql;
using ReviewBot.TestSupport;

namespace ReviewBot.Storage.Tests.Support;

/// <summary>
/// A private, disposable PostgreSQL server on 127.0.0.1: initdb into a temp folder, pg_ctl start on a free port with
/// fsync off (speed; only the server process is ever killed, never the machine), stopped and deleted on dispose or at
/// process exit. synchronous_commit stays on: with it off, an immediate stop loses the last commits and recovery tests lie.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);
    private static readonly Lazy<Task<(string DataFolder, string Password)>> Template = new(CreateTemplateAsync);
    private readonly string _password;
    private int _disposed;

    private PostgresServer(string folder, int port, string password)
    {
        Folder = folder;
        Port = port;
        _password = password;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public string Folder { get; }

    public int Port { get; }

    private string DataFolder => Path.Combine(Folder, "data");

    /// <summary>Start a server on a copy of the run's template cluster; on <paramref name="port"/> when given.</summary>
    public static async Task<PostgresServer> StartAsync(int? port = null)
    {
        var template = await Template.Value;
        var folder = Directory.CreateTempSubdirectory("reviewbot-pg-").FullName;
        var server = new PostgresServer(folder, port ?? LoopbackPort.Free(), template.Password);
        try
        {
            // cp -a keeps the owner (postgres when we are root) and the 0700 mode the server insists on.
            await ProcessRunner.RunCheckedAsync("cp", ["-a", template.DataFolder, server.DataFolder], CommandTimeout);
            if (PostgresBinaries.RunAsPostgresUser)
            {
                await ProcessRunner.RunCheckedAsync("chown", ["postgres", folder], CommandTimeout);
            }
            await server.StartServerAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }


    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "test",
        Password = _password,
        Database = database,
        Timeout = 5,
        CommandTimeout = 60,
    }.ConnectionString;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name} STRATEGY = FILE_COPY", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Stops the server at once, as a crash or an operator would.</summary>
    public Task StopAsync() => RunAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");

    public Task StartServerAsync() => RunAsync("pg_ctl", "-D", DataFolder, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "60",
        "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {Folder} -c fsync=off -c full_page_writes=off -c max_connections=200",
        "start");

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            var (fileName, arguments) = PostgresBinaries.Command("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
            await ProcessRunner.RunAsync(fileName, arguments, CommandTimeout); // best effort: it may be stopped already
        }
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>initdb takes seconds, so it runs once per test run; every server starts from a copy of this cluster.</summary>
    private static async Task<(string, string)> CreateTemplateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("reviewbot-pg-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteFolder(folder);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var passwordFile = Path.Combine(folder, "pwfile");
        await File.WriteAllTextAsync(passwordFile, password);
        if (PostgresBinaries.RunAsPostgresUser)
        {
            await ProcessRunner.RunCheckedAsync("chown", ["-R", "postgres", folder], CommandTimeout);
        }
        var dataFolder = Path.Combine(folder, "data");
        await RunAsync("initdb", "-D", dataFolder, "-U", "test", "--pwfile=" + passwordFile,
            "-A", "scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync");
        File.Delete(passwordFile);
        return (dataFolder, password);
    }

    /// <summary>Deletes the template cluster; called when the last PostgreSQL test is done.</summary>
    public static async Task DeleteTemplateAsync()
    {
        if (Template.IsValueCreated)
        {
            var (dataFolder, _) = await Template.Value;
            DeleteFolder(Path.GetDirectoryName(dataFolder)!);
        }
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Task<string> RunAsync(string program, params string[] arguments)
    {
        var (fileName, args) = PostgresBinaries.Command(program, arguments);
        return ProcessRunner.RunCheckedAsync(fileName, args, CommandTimeout);
    }

    private void OnProcessExit(object? sender, EventArgs e) => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
