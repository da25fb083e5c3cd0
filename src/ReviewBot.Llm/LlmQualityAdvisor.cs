using Microsoft.Extensions.Logging;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Interview.Quality;
using ReviewBot.Llm.Calls;
using ReviewBot.Llm.Tasks;

namespace ReviewBot.Llm;

/// <summary>
/// The model's 体检 suggestions (review-draft), checked in code: each names a real item number and brings no figure the
/// item does not have. The chat turn waits at most the soft deadline; a slower answer lands in the cache, so sending
/// 体检 again shows it at no cost. Any failure leaves the rule findings alone with one short line.
/// </summary>
public sealed class LlmQualityAdvisor : IQualityAdvisor
{
    public const string SlowNotice = "模型还在审读，稍后再发送“体检”可以看到模型建议。";
    public const string UnavailableNotice = "模型暂时不可用，这次只有规则检查的结果。";
    public const string RejectedNotice = "模型的建议没有通过核对，这次只有规则检查的结果。";

    private readonly LlmTaskRunner _runner;
    private readonly PhrasingTemplates _templates;
    private readonly TimeSpan _softDeadline;
    private readonly ILogger _logger;

    /// <param name="softDeadline">Zero or less: wait for the whole call.</param>
    public LlmQualityAdvisor(LlmTaskRunner runner, PhrasingTemplates templates, TimeSpan softDeadline, ILogger<LlmQualityAdvisor> logger)
    {
        _runner = runner;
        _templates = templates;
        _softDeadline = softDeadline;
        _logger = logger;
    }

    public async Task<QualityAdvice?> AdviseAsync(QualityAdviceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Items.Count == 0)
        {
            return new QualityAdvice([]);
        }
        var task = ReviewTask.Create(request, _templates);
        var (outcome, _) = await _runner.RunWithinAsync(task, _softDeadline, _logger, cancellationToken).ConfigureAwait(false);
        if (outcome is null)
        {
            return new QualityAdvice([], SlowNotice);
        }
        return outcome.Succeeded
            ? new QualityAdvice(outcome.Value!)
            : new QualityAdvice([], outcome.Failure == LlmFailure.Rejected ? RejectedNotice : UnavailableNotice);
    }
}
