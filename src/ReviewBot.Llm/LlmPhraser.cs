using Microsoft.Extensions.Logging;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Llm.Calls;
using ReviewBot.Llm.Tasks;

namespace ReviewBot.Llm;

/// <summary>
/// <see cref="IPhraser"/> backed by a chat model, with <see cref="BuiltInPhraser"/> behind it. Every answer is checked in
/// code (facts kept, nothing invented, links to real problems); a failing answer is re-asked once; any failure — timeout,
/// HTTP error after retries, bad answers — makes the built-in phraser answer instead (with a <see cref="Phrased{T}.Notice"/>, and a <see cref="PhrasedProblem.Notice"/>
/// for problems). When the model is slower than the soft deadline the built-in phrasing answers the turn and the model
/// keeps going in the background: its answer lands in the cache, so asking again costs nothing.
/// </summary>
public sealed class LlmPhraser : IPhraser
{
    public const string SlowNotice = "模型响应较慢，先给出内置整理的版本。";
    public const string SlowLateNotice = "模型响应较慢，先用内置整理的版本；润色版好了会发给您。";
    public const string UnavailableNotice = "模型暂时不可用，这次用内置整理的版本。";
    public const string RejectedNotice = "模型的版本没能保留您说的全部事实，这次用内置整理的版本。";
    public const string SuggestionsRejectedNotice = "模型给出的建议没有通过核对（事实或对应的问题不符），这次用内置整理的建议。";

    private readonly LlmTaskRunner _runner;
    private readonly BuiltInPhraser _builtIn;
    private readonly PhrasingTemplates _templates;
    private readonly TimeSpan _softDeadline;
    private readonly ILogger _logger;
    private readonly ILatePhrasingSink? _lateSink;

    /// <param name="softDeadline">Zero or less: wait for the whole call (the evaluation command does).</param>
    /// <param name="lateSink">Takes problem phrasings slower than the soft deadline for delivery later; null: they are only cached.</param>
    public LlmPhraser(LlmTaskRunner runner, BuiltInPhraser builtIn, PhrasingTemplates templates, TimeSpan softDeadline, ILogger<LlmPhraser> logger,
        ILatePhrasingSink? lateSink = null)
    {
        _runner = runner;
        _builtIn = builtIn;
        _templates = templates;
        _softDeadline = softDeadline;
        _logger = logger;
        _lateSink = lateSink;
    }

    public Task<PhrasedProblem> PhraseProblemAsync(ProblemRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ProblemAsync(request, ProblemTask.Create(request, _templates, null, null), () => _builtIn.PhraseProblemAsync(request, cancellationToken), cancellationToken);
    }

    public Task<PhrasedProblem> RephraseProblemAsync(ProblemRequest request, PhrasedProblem current, RephraseStyle style, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(current);
        return ProblemAsync(request, ProblemTask.Create(request, _templates, current, style), () => _builtIn.RephraseProblemAsync(request, current, style, cancellationToken), cancellationToken);
    }

    public async Task<Phrased<IReadOnlyList<CauseSuggestion>>> SuggestCausesAsync(CausesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Aspects.Any(a => a.Problems.Count > 0))
        {
            return await _builtIn.SuggestCausesAsync(request, cancellationToken).ConfigureAwait(false);
        }
        var (value, notice) = await TryModelAsync(SuggestionTasks.Causes(request, _templates), cancellationToken).ConfigureAwait(false);
        return value is not null
            ? Phrased.Of(value)
            : (await _builtIn.SuggestCausesAsync(request, cancellationToken).ConfigureAwait(false)) with { Notice = ForSuggestions(notice) };
    }

    public async Task<Phrased<IReadOnlyList<MeasureSuggestion>>> SuggestMeasuresAsync(MeasuresRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Aspects.Any(a => a.Problems.Count > 0))
        {
            return await _builtIn.SuggestMeasuresAsync(request, cancellationToken).ConfigureAwait(false);
        }
        var (value, notice) = await TryModelAsync(SuggestionTasks.Measures(request, _templates), cancellationToken).ConfigureAwait(false);
        return value is not null
            ? Phrased.Of(value)
            : (await _builtIn.SuggestMeasuresAsync(request, cancellationToken).ConfigureAwait(false)) with { Notice = ForSuggestions(notice) };
    }

    public async Task<Phrased<string>> ComposePreambleAsync(PreambleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builtIn = await _builtIn.ComposePreambleAsync(request, cancellationToken).ConfigureAwait(false);
        var (value, notice) = await TryModelAsync(PreambleTask.Create(request, _templates, builtIn.Value), cancellationToken).ConfigureAwait(false);
        return value is not null ? Phrased.Of(value) : builtIn with { Notice = notice };
    }

    /// <summary>Causes and measures are rejected for broken links as often as for facts: say so in general terms.</summary>
    private static string? ForSuggestions(string? notice) => notice == RejectedNotice ? SuggestionsRejectedNotice : notice;

    /// <summary>
    /// The model's problem phrasing, or the built-in one. When the soft deadline passed and the request names a
    /// <see cref="ProblemRequest.LateTarget"/>, the call still running is handed to the <see cref="ILatePhrasingSink"/>,
    /// which brings its checked answer to the user later as a proactive message; the turn says so.
    /// </summary>
    private async Task<PhrasedProblem> ProblemAsync(ProblemRequest request, LlmTask<PhrasedProblem> task, Func<Task<PhrasedProblem>> builtIn, CancellationToken cancellationToken)
    {
        var (value, notice, stillRunning) = await TryModelOrKeepRunningAsync(task, cancellationToken).ConfigureAwait(false);
        if (value is not null)
        {
            return value;
        }
        var fallback = await builtIn().ConfigureAwait(false);
        var shown = fallback with { Source = PhrasingSource.BuiltIn, Notice = notice };
        if (stillRunning is not null && request.LateTarget is { } target && _lateSink is not null)
        {
            var promised = shown with { Notice = SlowLateNotice };
            if (_lateSink.Follow(new LatePhrasingJob(target, request.RawInput, promised), CheckedAnswerAsync(stillRunning)))
            {
                return promised;
            }
        }
        return shown;
    }

    private static async Task<PhrasedProblem?> CheckedAnswerAsync(Task<LlmOutcome<PhrasedProblem>> running)
    {
        var outcome = await running.ConfigureAwait(false);
        return outcome.Succeeded ? outcome.Value : null;
    }

    /// <summary>The model's checked answer, or null and the line to show the user.</summary>
    private async Task<(T? Value, string? Notice)> TryModelAsync<T>(LlmTask<T> task, CancellationToken cancellationToken)
        where T : class
    {
        var (value, notice, _) = await TryModelOrKeepRunningAsync(task, cancellationToken).ConfigureAwait(false);
        return (value, notice);
    }

    /// <summary>
    /// As <see cref="TryModelAsync{T}"/>; when the soft deadline passed, also the call still running (not tied to the
    /// turn, bounded by LLM:TimeoutSeconds; its answer lands in the cache).
    /// </summary>
    private async Task<(T? Value, string? Notice, Task<LlmOutcome<T>>? StillRunning)> TryModelOrKeepRunningAsync<T>(LlmTask<T> task, CancellationToken cancellationToken)
        where T : class
    {
        var (outcome, stillRunning) = await _runner.RunWithinAsync(task, _softDeadline, _logger, cancellationToken).ConfigureAwait(false);
        if (outcome is null)
        {
            return (null, SlowNotice, stillRunning);
        }
        return outcome.Succeeded
            ? (outcome.Value, null, null)
            : (null, outcome.Failure == LlmFailure.Rejected ? RejectedNotice : UnavailableNotice, null);
    }
}
