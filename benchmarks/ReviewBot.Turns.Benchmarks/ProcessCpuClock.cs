using Perfolizer.Horology;

namespace ReviewBot.Turns.Benchmarks;

/// <summary>
/// BenchmarkDotNet's clock replaced by the CPU time of the whole benchmark process (user + kernel, all threads: the
/// turn, the thread-pool work it queues, the GC), 1 µs resolution. Time the process spends waiting for a core that
/// another build is using does not count, so A/B runs stay comparable on a busy two-core machine, and the figure
/// is what scripts/bench.sh reports for the whole host: CPU time per turn. Created by name in the benchmark process.
/// </summary>
public sealed class ProcessCpuClock : IClock
{
    public string Title => "Process CPU time";

    public bool IsAvailable => true;

    public Frequency Frequency => Frequency.FromHz(TimeSpan.TicksPerSecond);

    public long GetTimestamp() => Environment.CpuUsage.TotalTime.Ticks;
}
