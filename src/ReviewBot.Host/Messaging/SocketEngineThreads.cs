using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ReviewBot.Host.Messaging;

/// <summary>
/// How many socket engine threads the runtime starts (its <c>DOTNET_SYSTEM_NET_SOCKETS_THREAD_COUNT</c>, read once, when
/// the process first uses a socket, so <see cref="Apply"/> runs before the host starts).
/// </summary>
/// <remarks>
/// With socket completions inline (see <see cref="InlineSocketCompletions"/>) the engine threads run the turns
/// themselves, and the runtime then starts one per processor. On the 2-core benchmark machine one thread did the same
/// work with less CPU: about 10 % less per turn and a lower p99 in paired load runs, as its wake-ups each find more
/// events and no turn's work moves between cores. So the default is half the processors, at least one, which leaves the
/// other half to the thread pool (Word files, SQLite group commits, timers) and the garbage collector. One engine
/// thread handles well over a thousand turns a second there. The cost of fewer threads is the one of inline completions,
/// larger: a save waiting for a SQLite file that another program holds locked delays every connection of its thread.
/// With the file held locked for 12 s under load from three conversations, one thread behaved as two did: the turns
/// caught in the lock got 503 or their apology after the busy timeout, <c>/healthz</c> answered only after about 10 s,
/// and every conversation went on normally once the lock was gone.
/// </remarks>
public static class SocketEngineThreads
{
    public const string EnvironmentVariable = "DOTNET_SYSTEM_NET_SOCKETS_THREAD_COUNT";

    /// <summary>Upper bound of the setting: far above any useful count, low enough to catch a typing slip.</summary>
    public const int MaxThreads = 256;

    /// <summary>
    /// Sets the variable for this process from <c>MessagingEndpoint:SocketEngineThreads</c>: a count as given, or for 0
    /// (the default) half the processors, at least one, when socket completions run inline; with them off, 0 leaves the
    /// runtime its own count. A variable already set in the environment wins.
    /// </summary>
    /// <returns>The count asked for, or null when the runtime chooses.</returns>
    /// <exception cref="InvalidOperationException">The setting is not a whole number from 0 to <see cref="MaxThreads"/>.</exception>
    public static int? Apply(IConfiguration configuration, bool inlineCompletions) =>
        Apply(configuration, inlineCompletions, Environment.ProcessorCount, Environment.GetEnvironmentVariable, Environment.SetEnvironmentVariable);

    /// <summary><see cref="Apply(IConfiguration, bool)"/> for another machine and environment (tests).</summary>
    public static int? Apply(IConfiguration configuration, bool inlineCompletions, int processorCount,
        Func<string, string?> getVariable, Action<string, string?> setVariable)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = MessagingEndpointOptions.ReadSetting(
            configuration, nameof(MessagingEndpointOptions.SocketEngineThreads), o => o.SocketEngineThreads);
        if (configured is < 0 or > MaxThreads)
        {
            throw new InvalidOperationException(OutOfRange(configured));
        }
        if (getVariable(EnvironmentVariable) is { } preset)
        {
            return int.TryParse(preset, out var count) ? count : null; // the runtime ignores what it cannot parse
        }
        int? threads = configured > 0 ? configured : inlineCompletions ? Math.Max(1, processorCount / 2) : null;
        if (threads is { } chosen)
        {
            setVariable(EnvironmentVariable, chosen.ToString(CultureInfo.InvariantCulture));
        }
        return threads;
    }

    /// <summary>The count this process asked the runtime for (read back from its environment); null when the runtime chose.</summary>
    public static int? Requested => int.TryParse(Environment.GetEnvironmentVariable(EnvironmentVariable), out var count) ? count : null;

    internal static string OutOfRange(int value) =>
        $"{MessagingEndpointOptions.SectionName}:{nameof(MessagingEndpointOptions.SocketEngineThreads)} must be a whole number from 0 (automatic) to {MaxThreads} (got {value}).";
}
