using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Perfolizer.Metrology;
using ReviewBot.Turns.Benchmarks;

// Turn benchmark: CPU time and allocated bytes per turn of the real bot (ReviewBotWebApp.Build, started on a server
// that opens no socket), driven in-process by the load benchmark's 18-turn script (scripts/bench/reviewbot-interview.json)
// as Teams-shaped UTF-8 JSON: the endpoint's parser, then the BotAdapter (state, dialogs, interview, storage), 20
// conversations round-robin, replies counted and dropped. Storage=Memory and Storage=Sqlite (a temp file). The times
// are the process' CPU time (ProcessCpuClock), not wall-clock. Not measured: Kestrel, HTTP, authentication, the
// connector client, the typing indicator (see TurnPipelineBenchmarks); scripts/bench.sh measures the whole service.
//   dotnet run -c Release --project benchmarks/ReviewBot.Turns.Benchmarks -- --filter '*'              (15 iterations, ~50 s)
//   dotnet run -c Release --project benchmarks/ReviewBot.Turns.Benchmarks -- --filter '*' --job short  (A/B, ~30 s)
// A/B: run both builds back to back and compare Median and Allocated. A wrong answer (the script's "expect"), a
// logged warning or a non-200 turn stops the run, so an error path is never what gets measured.
IConfig config = DefaultConfig.Instance;
if (!args.Any(arg => arg is "--job" or "-j" || arg.StartsWith("--job=", StringComparison.Ordinal)))
{
    // 15 iterations take under a minute and give a stable median. Only without --job, because
    // BenchmarkDotNet lets a custom default job override the --job option (so --job short would do nothing).
    config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15).AsDefault());
}
config = config
    // For every job, --job short too: CPU time instead of wall-clock time, and run in this process. A separate process
    // means a generated project whose build recompiles the bot's twelve projects, 40-80 s of the two cores per run.
    .AddJob(Job.Default.WithClock(new ProcessCpuClock()).WithToolchain(InProcessEmitToolchain.Instance).AsMutator())
    .AddColumn(StatisticColumn.Median)
    .WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Microsecond).WithSizeUnit(SizeUnit.KB));
var summary = BenchmarkRunner.Run<TurnPipelineBenchmarks>(config, args);
return summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success) ? 1 : 0;
