using System.Collections.Concurrent;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Llm.Usage;

/// <summary>Tokens spent, per draft and in total (in memory, since start-up), for the outline view and the operator.</summary>
public interface ILlmUsage
{
    LlmUsageTotals Total { get; }

    /// <summary>Zero when nothing was spent for the draft.</summary>
    LlmUsageTotals ForDraft(string draftId);
}

/// <param name="Calls">Requests sent to the model (a re-ask counts as one more).</param>
/// <param name="CacheHits">Answers served from the cache, costing nothing.</param>
/// <param name="Fallbacks">Times the built-in phrasing answered instead.</param>
public sealed record LlmUsageTotals(int Calls, int CacheHits, int Fallbacks, long InputTokens, long OutputTokens)
{
    public static LlmUsageTotals Zero { get; } = new(0, 0, 0, 0, 0);

    public long TotalTokens => InputTokens + OutputTokens;

    public LlmUsageTotals Add(LlmUsageTotals other) => new(
        Calls + other.Calls, CacheHits + other.CacheHits, Fallbacks + other.Fallbacks,
        InputTokens + other.InputTokens, OutputTokens + other.OutputTokens);

    /// <summary>As kept with the draft.</summary>
    public ModelUsage ToModelUsage() => new(Calls, CacheHits, Fallbacks, InputTokens, OutputTokens);

    /// <summary>The outline view's line: 模型用量：3 次调用，1,234 tokens（缓存命中 1 次，内置兜底 0 次）.</summary>
    public string ToChineseSummary() => ToModelUsage().ToChineseSummary();
}

/// <summary>
/// The in-memory <see cref="ILlmUsage"/>, and the <see cref="IPhrasingUsage"/> the interview takes each draft's new usage
/// from to save it with the draft. Keeps at most <see cref="MaxDrafts"/> drafts (past it, only the total grows).
/// </summary>
public sealed class LlmUsageLedger : ILlmUsage, IPhrasingUsage
{
    public const int MaxDrafts = 10_000;
    private readonly ConcurrentDictionary<string, LlmUsageTotals> _drafts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LlmUsageTotals> _pending = new(StringComparer.Ordinal);
    private readonly Lock _totalLock = new();
    private LlmUsageTotals _total = LlmUsageTotals.Zero;

    public LlmUsageTotals Total
    {
        get
        {
            lock (_totalLock)
            {
                return _total;
            }
        }
    }

    public bool HasPending => !_pending.IsEmpty;

    public LlmUsageTotals ForDraft(string draftId) => _drafts.GetValueOrDefault(draftId) ?? LlmUsageTotals.Zero;

    public ModelUsage? TakePending(string draftId) =>
        _pending.TryRemove(draftId, out var usage) ? usage.ToModelUsage() : null;

    public void Record(string? draftId, LlmUsageTotals delta)
    {
        lock (_totalLock)
        {
            _total = _total.Add(delta);
        }
        if (string.IsNullOrEmpty(draftId))
        {
            return;
        }
        if (_drafts.Count < MaxDrafts || _drafts.ContainsKey(draftId))
        {
            _drafts.AddOrUpdate(draftId, delta, (_, existing) => existing.Add(delta));
        }
        if (_pending.Count < MaxDrafts || _pending.ContainsKey(draftId))
        {
            _pending.AddOrUpdate(draftId, delta, (_, existing) => existing.Add(delta));
        }
    }
}
