using Microsoft.Extensions.Configuration;

namespace ReviewBot.Host.Messaging;

/// <summary>
/// The runtime half of inline scheduling: socket completions run on the socket engine's own threads instead of being
/// queued to the thread pool (the runtime's <c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS</c>, which Kestrel's
/// documentation recommends together with <c>UnsafePreferInlineScheduling</c>). The runtime reads the variable once,
/// when the process first uses a socket, so <see cref="Apply"/> runs before the host starts.
/// </summary>
/// <remarks>
/// A turn then runs on an engine thread from the request to the last reply, with no hand-off between threads: in paired
/// load runs about 13 % less CPU per turn, and a lower p99. The cost: work that blocks an engine thread delays the other
/// connections that engine serves, so anything slow is kept off it (documents are rendered on the thread pool, and
/// nothing waits synchronously for network I/O). One wait remains: a save that finds the SQLite file locked by another
/// program waits for it (up to <c>Storage:SqliteBusyTimeout</c>) on the engine thread. The bot's own writers queue in
/// memory before that point, so at most one engine thread waits at a time; with the file held locked for 12 s, three
/// concurrent turns got their apology after 5 s and the bot answered normally once the lock was gone, the same as with
/// the setting off. Switch it off if other programs hold the file for long and the delay matters.
/// </remarks>
public static class InlineSocketCompletions
{
    public const string EnvironmentVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>
    /// Sets the variable for this process when <c>MessagingEndpoint:InlineSocketCompletions</c> is on (the default). A
    /// variable already set in the environment wins, so operators can decide outside the settings file too.
    /// </summary>
    /// <returns>Whether socket completions will run inline.</returns>
    /// <exception cref="InvalidOperationException">The setting is not <c>true</c> or <c>false</c>.</exception>
    public static bool Apply(IConfiguration configuration) =>
        Apply(configuration, Environment.GetEnvironmentVariable, Environment.SetEnvironmentVariable);

    /// <summary><see cref="Apply(IConfiguration)"/> against another environment (tests).</summary>
    public static bool Apply(IConfiguration configuration, Func<string, string?> getVariable, Action<string, string?> setVariable)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (getVariable(EnvironmentVariable) is { } preset)
        {
            return preset == "1"; // the runtime's own test: only "1" switches it on
        }
        var enabled = MessagingEndpointOptions.ReadSetting(
            configuration, nameof(MessagingEndpointOptions.InlineSocketCompletions), o => o.InlineSocketCompletions);
        if (enabled)
        {
            setVariable(EnvironmentVariable, "1");
        }
        return enabled;
    }

    /// <summary>Whether this process asked the runtime for inline socket completions (read back from its environment).</summary>
    public static bool IsRequested => Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";
}
