using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Interview.Phrasing;
using ReviewBot.TestSupport;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Llm.Tests.Calls;

/// <summary>
/// A model slower than the soft deadline: the turn gets the built-in phrasing and a promise, and the model's checked
/// answer is handed to the late-phrasing queue (the stub holds its reply until the test releases it).
/// </summary>
public sealed class LatePhrasingTests : IAsyncLifetime
{
    private const string Raw = "今年理论学习中心组只学了4次，很多时候是念文件";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly LatePhrasingQueue _queue = new(NullLogger<LatePhrasingQueue>.Instance);
    private ModelStub _stub = null!;

    public async Task InitializeAsync() => _stub = await ModelStub.StartAsync();

    public async Task DisposeAsync()
    {
        _release.TrySetResult();
        await _stub.DisposeAsync();
    }

    private StubReply HeldGood => LlmTestKit.ProblemAnswer("理论学习的深度还不够", "理论学习中心组全年只学了4次，很多时候是念文件。", "【待补：具体事例】") with { Hold = _release.Task };

    private static LlmOptions Slow(ModelStub stub) => LlmTestKit.OpenAIOptions(stub, o =>
    {
        o.SoftDeadlineSeconds = 1;
        o.TimeoutSeconds = 60;
    });

    private static ProblemRequest WithTarget(ProblemRequest request) => request with
    {
        LateTarget = new LatePhrasingTarget(
            new ConversationReference { ChannelId = "msteams", ServiceUrl = "http://127.0.0.1:9/", Conversation = new ConversationAccount { Id = "a:chat-1" } },
            "draft-1",
            0),
    };

    private async Task<List<LatePhrasing>> CloseAndReadAllAsync()
    {
        await _queue.CloseAsync(new CancellationTokenSource(Generous).Token);
        var all = new List<LatePhrasing>();
        await foreach (var late in _queue.Arrivals.ReadAllAsync().WithCancellation(new CancellationTokenSource(Generous).Token))
        {
            all.Add(late);
        }
        return all;
    }

    [Fact]
    public async Task A_slow_problem_phrasing_promises_the_polished_version_and_hands_the_checked_answer_to_the_queue()
    {
        _stub.Responder = _ => HeldGood;
        _queue.Open();
        var rig = LlmTestKit.Phraser(Slow(_stub), _queue);

        var shown = await rig.Phraser.PhraseProblemAsync(WithTarget(LlmTestKit.Problem(Raw)), CancellationToken.None);

        Assert.Equal(PhrasingSource.BuiltIn, shown.Source);
        Assert.Equal(LlmPhraser.SlowLateNotice, shown.Notice);
        Assert.Equal(1, _queue.Following);
        _release.SetResult();
        var late = await _queue.Arrivals.ReadAsync(new CancellationTokenSource(Generous).Token);
        Assert.Equal(PhrasingSource.Llm, late.Polished.Source);
        Assert.Equal("理论学习的深度还不够", late.Polished.Headline);
        Assert.Equal(shown, late.Job.Shown);
        Assert.Equal(Raw, late.Job.RawInput);
        Assert.Equal("draft-1", late.Job.Target.DraftId);
    }

    [Fact]
    public async Task A_slow_rephrasing_is_followed_the_same_way()
    {
        var current = await new BuiltInPhraser(LlmTestKit.Templates).PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);
        _stub.Responder = _ => HeldGood;
        _queue.Open();
        var rig = LlmTestKit.Phraser(Slow(_stub), _queue);

        var shown = await rig.Phraser.RephraseProblemAsync(WithTarget(LlmTestKit.Problem(Raw)), current, RephraseStyle.MoreConcise, CancellationToken.None);

        Assert.Equal(LlmPhraser.SlowLateNotice, shown.Notice);
        _release.SetResult();
        var late = Assert.Single(await CloseAndReadAllAsync());
        Assert.Equal(RephraseStyle.MoreConcise, late.Polished.Style);
    }

    [Fact]
    public async Task Without_a_running_delivery_the_turn_promises_nothing_and_the_answer_is_only_cached()
    {
        _stub.Responder = _ => HeldGood;
        var rig = LlmTestKit.Phraser(Slow(_stub), _queue); // the queue was never opened

        var shown = await rig.Phraser.PhraseProblemAsync(WithTarget(LlmTestKit.Problem(Raw)), CancellationToken.None);

        Assert.Equal(LlmPhraser.SlowNotice, shown.Notice);
        Assert.Equal(0, _queue.Following);
    }

    [Fact]
    public async Task A_request_without_a_target_promises_nothing()
    {
        _stub.Responder = _ => HeldGood;
        _queue.Open();
        var rig = LlmTestKit.Phraser(Slow(_stub), _queue);

        var shown = await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem(Raw), CancellationToken.None);

        Assert.Equal(LlmPhraser.SlowNotice, shown.Notice);
        Assert.Equal(0, _queue.Following);
    }

    [Fact]
    public async Task A_late_call_that_fails_hands_over_nothing()
    {
        _stub.Responder = _ => StubReply.Error(500) with { Hold = _release.Task };
        _queue.Open();
        var rig = LlmTestKit.Phraser(Slow(_stub), _queue);

        var shown = await rig.Phraser.PhraseProblemAsync(WithTarget(LlmTestKit.Problem(Raw)), CancellationToken.None);
        _release.SetResult();

        Assert.Equal(PhrasingSource.BuiltIn, shown.Source);
        Assert.Empty(await CloseAndReadAllAsync());
        Assert.Equal(1, rig.Usage.Total.Fallbacks);
    }

    [Fact]
    public async Task A_late_answer_that_fails_the_checks_twice_hands_over_nothing()
    {
        _stub.Responder = _ => LlmTestKit.ProblemAnswer("理论学习不够", "学习偏少。", "【待补：具体事例】") with { Hold = _release.Task };
        _queue.Open();
        var rig = LlmTestKit.Phraser(Slow(_stub), _queue);

        await rig.Phraser.PhraseProblemAsync(WithTarget(LlmTestKit.Problem(Raw)), CancellationToken.None);
        _release.SetResult();

        Assert.Empty(await CloseAndReadAllAsync());
        Assert.Equal(2, _stub.Requests.Count);
    }

    [Fact]
    public async Task The_same_problem_shown_the_same_way_twice_is_delivered_once()
    {
        _stub.Responder = _ => HeldGood;
        _queue.Open();
        var rig = LlmTestKit.Phraser(Slow(_stub), _queue);
        var request = WithTarget(LlmTestKit.Problem(Raw));

        // A turn re-run after an ETag conflict phrases the same words again before the first call is back.
        await rig.Phraser.PhraseProblemAsync(request, CancellationToken.None);
        await rig.Phraser.PhraseProblemAsync(request, CancellationToken.None);
        Assert.Equal(1, _queue.Following);
        _release.SetResult();

        Assert.Single(await CloseAndReadAllAsync());
    }

    [Fact]
    public async Task A_closed_queue_takes_no_more_calls()
    {
        _queue.Open();
        await _queue.CloseAsync(CancellationToken.None);
        _stub.Responder = _ => HeldGood;
        var rig = LlmTestKit.Phraser(Slow(_stub), _queue);

        var shown = await rig.Phraser.PhraseProblemAsync(WithTarget(LlmTestKit.Problem(Raw)), CancellationToken.None);

        Assert.Equal(LlmPhraser.SlowNotice, shown.Notice);
        Assert.True(_queue.Arrivals.Completion.IsCompleted);
    }
}
