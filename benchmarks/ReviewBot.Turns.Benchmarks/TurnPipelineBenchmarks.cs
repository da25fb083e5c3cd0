using System.Runtime;
using BenchmarkDotNet.Attributes;

namespace ReviewBot.Turns.Benchmarks;

/// <summary>
/// CPU and allocations of one turn of the interview: the endpoint's parsing of the request body, then the turn
/// pipeline (state load, dialogs, interview, phrasing, state save, replies handed to the sender), on the in-memory
/// store and on a SQLite file. No Kestrel, sockets or outbound HTTP. One invocation runs the 18-turn script of
/// scripts/bench.sh in one of 20 conversations, round-robin; results are per turn.
/// </summary>
[MemoryDiagnoser]
public class TurnPipelineBenchmarks
{
    /// <summary>Concurrent conversations of the load benchmark (scripts/bench.sh: BENCH_CONVERSATIONS).</summary>
    private const int Conversations = 20;

    private InProcessBot? _bot;
    private ScriptRunner? _runner;
    private ScriptedConversation[] _conversations = [];
    private int _next;
    private string? _sqlitePath;

    public enum StorageKind
    {
        Memory,
        Sqlite,
    }

    [Params(StorageKind.Memory, StorageKind.Sqlite)]
    public StorageKind Storage { get; set; }

    /// <summary>
    /// The typing indicator as the host runs it (a turn joins the list its shared timer watches), or off, as in the host
    /// tests. No turn here lasts the one-second delay, so on measures only what watching a turn costs.
    /// </summary>
    [Params(false, true)]
    public bool Typing { get; set; }

    /// <summary>
    /// Starts the bot and brings the 20 conversations to staggered points of their users' lives (1, 2, 5 … 47 of 50 runs
    /// of the script), so the state is as large on average as in the load benchmark from the first measured turn on.
    /// Every turn of this warm-up has its wording checked.
    /// </summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        var root = InterviewScript.FindRepositoryRoot(AppContext.BaseDirectory);
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppType"] = "",
            ["MicrosoftAppTenantId"] = "",
            ["Storage:Provider"] = Storage.ToString(),
            ["Interview:DialogsPath"] = Path.Combine(root, "dialogs"),
            ["Files:PublicBaseUrl"] = "",
            ["Files:SweepInterval"] = "00:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
            ["BotAdapter:TypingDelay"] = Typing ? "00:00:01" : "00:00:00",
            // The Connector:SendRateLimits of scripts/bench.sh do not apply: the connector client is replaced.
        };
        if (Storage == StorageKind.Sqlite)
        {
            _sqlitePath = Path.Combine(Path.GetTempPath(), $"reviewbot-turnbench-{Guid.NewGuid():N}.db");
            settings["Storage:SqlitePath"] = _sqlitePath;
        }
        _bot = await InProcessBot.StartAsync(settings, CancellationToken.None);
        var tenantId = Guid.NewGuid().ToString();
        _runner = new ScriptRunner(_bot, InterviewScript.Load(root), new TeamsActivityWriter(tenantId), new EndpointActivityParser());
        _conversations = [.. Enumerable.Range(0, Conversations).Select(n => new ScriptedConversation(n, tenantId))];
        foreach (var conversation in _conversations)
        {
            var cycles = conversation.Number * ScriptedConversation.CyclesPerUser / Conversations;
            for (var i = 0; i < Math.Max(1, cycles); i++)
            {
                await _runner.RunCycleAsync(conversation, checkWording: true, CancellationToken.None);
            }
        }
        await RunUntilJitDoneAsync(_runner);
    }

    /// <summary>
    /// Runs the script in every conversation until a round compiles no method: the runtime recompiles hot methods on a
    /// background thread for a while, and the CPU clock would count that as the turns' time.
    /// </summary>
    private async Task RunUntilJitDoneAsync(ScriptRunner runner)
    {
        for (var round = 0; round < 40; round++)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            foreach (var conversation in _conversations)
            {
                await runner.RunCycleAsync(conversation, checkWording: false, CancellationToken.None);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            if (JitInfo.GetCompiledMethodCount() == compiled)
            {
                return;
            }
        }
    }

    [Benchmark(OperationsPerInvoke = InterviewScript.TurnCount)]
    public Task Turn()
    {
        var conversation = _conversations[_next];
        _next = (_next + 1) % _conversations.Length;
        return _runner!.RunCycleAsync(conversation, checkWording: false, CancellationToken.None);
    }

    /// <summary>Checks the wording once more after the measurements, then stops the bot and deletes the SQLite file.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        try
        {
            if (_runner is not null)
            {
                await _runner.RunCycleAsync(_conversations[_next], checkWording: true, CancellationToken.None);
            }
        }
        finally
        {
            if (_bot is not null)
            {
                await _bot.DisposeAsync();
            }
            if (_sqlitePath is not null)
            {
                foreach (var suffix in (string[])["", "-wal", "-shm"])
                {
                    File.Delete(_sqlitePath + suffix);
                }
            }
        }
    }
}
