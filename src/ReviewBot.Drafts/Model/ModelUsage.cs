using System.Globalization;
using System.Text.Json.Serialization;

namespace ReviewBot.Drafts.Model;

/// <summary>
/// What phrasing a draft with a model has cost, kept with the draft: requests sent (a re-ask counts as one more),
/// answers served from the cache, times the built-in phrasing answered instead, and tokens in and out.
/// </summary>
public sealed record ModelUsage(int Calls, int CacheHits, int Fallbacks, long InputTokens, long OutputTokens)
{
    public static ModelUsage Zero { get; } = new(0, 0, 0, 0, 0);

    [JsonIgnore]
    public long TotalTokens => InputTokens + OutputTokens;

    [JsonIgnore]
    public bool IsZero => Calls == 0 && CacheHits == 0 && Fallbacks == 0 && TotalTokens == 0;

    public ModelUsage Add(ModelUsage? other) => other is null ? this : new(
        Calls + other.Calls, CacheHits + other.CacheHits, Fallbacks + other.Fallbacks,
        InputTokens + other.InputTokens, OutputTokens + other.OutputTokens);

    /// <summary>模型用量：3 次调用，1,234 tokens（缓存命中 1 次，内置兜底 0 次）.</summary>
    public string ToChineseSummary() => string.Create(CultureInfo.InvariantCulture,
        $"模型用量：{Calls} 次调用，{TotalTokens:N0} tokens（缓存命中 {CacheHits} 次，内置兜底 {Fallbacks} 次）");
}
