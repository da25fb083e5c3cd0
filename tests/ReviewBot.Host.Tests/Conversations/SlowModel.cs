using Microsoft.Extensions.Logging;
using ReviewBot.Host.Tests.Support;
using ReviewBot.TestSupport;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Host.Tests.Conversations;

/// <summary>
/// The loopback model stub as a slow model: it holds every problem phrasing until <see cref="Release"/>, then answers
/// with <see cref="ProblemReply"/>; anything else (the preamble) it answers at once with an empty object, which the
/// checks refuse, so the built-in text answers there. Also a chat host wired to it (soft deadline 1 s) that captures logs.
/// </summary>
public sealed class SlowModel : IAsyncDisposable
{
    /// <summary>The user's words for the first problem (DraftScript's first aspect) and the model's polished version.</summary>
    public const string Raw = "集中学习只有4次，对枫桥经验研究不深，2024年3月15日的专题研讨流于形式";
    public const string PolishedHeadline = "理论学习的系统性和深入性还不够";
    public const string PolishedElaboration = "班子全年集中学习只有4次，对枫桥经验研究不深。";

    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SlowModel(ModelStub stub)
    {
        Stub = stub;
        stub.Responder = request => request.Body.Contains("phrased_problem", StringComparison.Ordinal)
            ? ProblemReply with { Hold = _release.Task }
            : new StubReply();
    }

    public ModelStub Stub { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>What the held problem calls answer once released (a good polished version by default).</summary>
    public StubReply ProblemReply { get; set; } = StubReply.Json(new
    {
        headline = PolishedHeadline,
        elaboration = PolishedElaboration,
        example = "2024年3月15日的专题研讨流于形式",
        headlineChoices = new[] { PolishedHeadline },
    });

    public static async Task<SlowModel> StartAsync() => new(await ModelStub.StartAsync());

    /// <summary>A chat host whose LLM settings point at this stub, with a 1 s soft deadline and a generous call timeout.</summary>
    public Task<ChatHost> StartHostAsync() => ChatHost.StartAsync(
        configure: builder =>
        {
            builder.Logging.AddProvider(Logs);
            builder.Logging.SetMinimumLevel(LogLevel.Information);
        },
        args:
        [
            "--LLM:Provider=OpenAI",
            $"--LLM:BaseUrl={new Uri(Stub.BaseAddress, "v1")}",
            "--LLM:Model=qwen-stub",
            "--LLM:ApiKey=stub-key",
            "--LLM:MaxRetries=0",
            "--LLM:TimeoutSeconds=120",
            "--LLM:SoftDeadlineSeconds=1",
        ]);

    /// <summary>Lets every held problem call answer.</summary>
    public void Release() => _release.TrySetResult();

    /// <summary>Waits (generously) for a proactive message — one not in reply to any user activity — containing <paramref name="fragment"/>.</summary>
    public static async Task<Activity> ProactiveAsync(ChatHost host, string fragment, Conversation chat)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (DateTime.UtcNow < deadline)
        {
            if (Proactive(host).FirstOrDefault(a => Turn.TextOf(a).Contains(fragment, StringComparison.Ordinal)) is { } found)
            {
                return found;
            }
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"No proactive message with “{fragment}” arrived.\n{chat.Transcript}");
    }

    /// <summary>Every message the bot sent on its own (proactive turns carry no replyToId).</summary>
    public static IReadOnlyList<Activity> Proactive(ChatHost host) =>
        host.Sender.Sent.Select(s => s.Activity).Where(a => a.Type == ActivityTypes.Message && a.ReplyToId is null).ToList();

    /// <summary>Waits (generously) until <paramref name="count"/> log lines contain <paramref name="fragment"/>.</summary>
    public async Task LoggedAsync(string fragment, int count = 1)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (DateTime.UtcNow < deadline)
        {
            if (Logs.Lines.Count(l => l.Contains(fragment, StringComparison.Ordinal)) >= count)
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"Never logged {count}× “{fragment}”:\n{string.Join("\n", Logs.Lines)}");
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await Stub.DisposeAsync();
    }
}
