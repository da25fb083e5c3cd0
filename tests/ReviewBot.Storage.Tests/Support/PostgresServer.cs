using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace ReviewBot.Storage.Tests.Support;

/// <summary>
/// A private, disposable PostgreSQL server on 127.0.0.1: initdb into a temp folder, pg_ctl start on a free port with
/// fsync off (speed; durability is not what these tests check), stopped and deleted on dispose or at process exit.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);
    private readonly string _password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    private int _disposed;

    private PostgresServer(string folder, int port)
    {
        Folder = folder;
        Port = port;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public string Folder { get; }

    public int Port { get; }

    private string DataFolder => Path.Combine(Folder, "data");

    /// <summary>initdb and start; on <paramref name="port"/> when given (e.g. a port a test already pointed the bot at).</summary>
    public static async Task<PostgresServer> StartAsync(int? port = null)
    {
        var folder = Directory.CreateTempSubdirectory("reviewbot-pg-").FullName;
        var server = new PostgresServer(folder, port ?? FreePort());
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "pwfile"), server._password);
            if (PostgresBinaries.RunAsPostgresUser)
            {
                await ProcessRunner.RunCheckedAsync("chown", ["-R", "postgres", folder], CommandTimeout);
            }
            await RunAsync("initdb", "-D", server.DataFolder, "-U", "test", "--pwfile=" + Path.Combine(folder, "pwfile"),
                "-A", "scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync");
            await server.StartServerAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Stops the server at once, as a crash or an operator would.</summary>
    public Task StopAsync() => RunAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");

    public Task StartServerAsync() => RunAsync("pg_ctl", "-D", DataFolder, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "60",
        "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {Folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
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

    private static Task<string> RunAsync(string program, params string[] arguments)
    {
        var (fileName, args) = PostgresBinaries.Command(program, arguments);
        return ProcessRunner.RunCheckedAsync(fileName, args, CommandTimeout);
    }

    private void OnProcessExit(object? sender, EventArgs e) => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
