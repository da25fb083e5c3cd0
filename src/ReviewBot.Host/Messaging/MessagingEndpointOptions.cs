using Microsoft.Extensions.Configuration;

namespace ReviewBot.Host.Messaging;

/// <summary>Limits and scheduling of <c>POST /api/messages</c> (section <c>MessagingEndpoint</c>).</summary>
public sealed class MessagingEndpointOptions
{
    public const string SectionName = "MessagingEndpoint";

    /// <summary>Largest accepted request body; larger bodies get 413. Teams' own messages stay far below this.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Whether a request is handled on the thread that read it instead of being queued to another thread-pool thread
    /// (Kestrel's <c>UnsafePreferInlineScheduling</c>). Turns are async all the way and never block a thread for long,
    /// so the hand-off only costs: 11-21 % of a turn's CPU in three paired load runs (later pairs were within the
    /// machine's noise). Switch it off if a change ever makes request handling block.
    /// </summary>
    public bool InlineScheduling { get; set; } = true;

    /// <summary>
    /// Whether socket completions also run on the socket engine's threads (see <see cref="InlineSocketCompletions"/>):
    /// read once, before the host starts; an explicit <c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS</c> in the
    /// environment takes precedence.
    /// </summary>
    public bool InlineSocketCompletions { get; set; } = true;

    /// <summary>
    /// How many socket engine threads the runtime starts (see <see cref="Messaging.SocketEngineThreads"/>): 0 (the
    /// default) for half the processors, at least one, when socket completions run inline, otherwise the runtime's own
    /// count; read once, before the host starts; an explicit <c>DOTNET_SYSTEM_NET_SOCKETS_THREAD_COUNT</c> in the
    /// environment takes precedence.
    /// </summary>
    public int SocketEngineThreads { get; set; }

    /// <summary>
    /// A setting of this section read straight from the settings, its default when absent: for what is set up before
    /// (or outside) the validated options, so that a bad <see cref="MaxBodyBytes"/> still fails through its validator.
    /// </summary>
    /// <exception cref="InvalidOperationException">The value does not convert to <typeparamref name="T"/>.</exception>
    internal static T ReadSetting<T>(IConfiguration configuration, string name, Func<MessagingEndpointOptions, T> defaultOf) =>
        configuration.GetSection(SectionName).GetValue(name, defaultOf(new MessagingEndpointOptions()))!;
}
