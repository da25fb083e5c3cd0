using ReviewBot.Drafts.Model;
using ReviewBot.TestSupport;
using ReviewBot.Llm.Usage;

namespace ReviewBot.Llm.Tests.Usage;

/// <summary>The ledger hands each draft's new usage to the interview once, and keeps the totals.</summary>
public sealed class UsageLedgerTests
{
    [Fact]
    public void Pending_usage_is_handed_over_once_per_draft_and_the_totals_stay()
    {
        var ledger = new LlmUsageLedger();
        Assert.False(ledger.HasPending);

        ledger.Record("d1", new LlmUsageTotals(1, 0, 0, 100, 50));
        ledger.Record("d1", LlmUsageTotals.Zero with { CacheHits = 1 });
        ledger.Record("d2", LlmUsageTotals.Zero with { Fallbacks = 1 });
        ledger.Record(null, new LlmUsageTotals(1, 0, 0, 10, 10));

        Assert.True(ledger.HasPending);
        Assert.Equal(new ModelUsage(1, 1, 0, 100, 50), ledger.TakePending("d1"));
        Assert.Null(ledger.TakePending("d1"));
        Assert.Equal(new ModelUsage(0, 0, 1, 0, 0), ledger.TakePending("d2"));
        Assert.False(ledger.HasPending);
        Assert.Equal(new LlmUsageTotals(1, 1, 0, 100, 50), ledger.ForDraft("d1"));
        Assert.Equal(new LlmUsageTotals(2, 1, 1, 110, 60), ledger.Total);
    }

    [Fact]
    public void The_summary_line_is_the_one_the_outline_shows()
    {
        var totals = new LlmUsageTotals(3, 1, 0, 1000, 234);

        Assert.Equal("模型用量：3 次调用，1,234 tokens（缓存命中 1 次，内置兜底 0 次）", totals.ToChineseSummary());
        Assert.Equal(totals.ToChineseSummary(), totals.ToModelUsage().ToChineseSummary());
    }

    [Fact]
    public async Task A_model_call_leaves_its_tokens_pending_for_the_draft_it_was_for()
    {
        await using var stub = await ModelStub.StartAsync();
        stub.Enqueue(LlmTestKit.ProblemAnswer("理论学习不够系统", "中心组全年只学了4次。", "学习时多是念文件") with { PromptTokens = 120, CompletionTokens = 30 });
        var rig = LlmTestKit.Phraser(LlmTestKit.OpenAIOptions(stub));

        await rig.Phraser.PhraseProblemAsync(LlmTestKit.Problem("中心组全年只学了4次，学习时多是念文件"), CancellationToken.None);

        Assert.Equal(new ModelUsage(1, 0, 0, 120, 30), rig.Usage.TakePending("draft-1"));
    }
}
