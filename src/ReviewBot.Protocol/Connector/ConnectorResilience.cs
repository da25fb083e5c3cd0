using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace ReviewBot.Protocol.Connector;

/// <summary>
/// The retry pipeline of Connector calls: a total timeout around exponential-backoff retries (with jitter, Retry-After
/// honoured) of the listed status codes, each attempt with its own timeout. Other 4xx are never retried; a Retry-After
/// beyond <see cref="ConnectorRetryOptions.MaxRetryAfter"/> is not waited for.
/// </summary>
internal static partial class ConnectorResilience
{
    public const string PipelineName = "connector";
    public const string CorrelationHeader = "X-Correlating-OperationId";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ConnectorRetryOptions options, ILogger logger)
    {
        pipeline.AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            var retryable = options.EffectiveRetryStatusCodes.ToHashSet();
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, retryable, options.MaxRetryAfter)),
                OnRetry = args =>
                {
                    var response = args.Outcome.Result;
                    var request = args.Context.GetRequestMessage();
                    LogRetry(logger, request?.Method.Method, request?.RequestUri?.Host,
                        response is null ? null : (int)response.StatusCode, args.AttemptNumber + 1, args.RetryDelay,
                        CorrelationIdOf(response), args.Outcome.Exception?.GetType().Name);
                    return default;
                },
            });
        }
        pipeline.AddTimeout(options.AttemptTimeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, IReadOnlySet<int> retryable, TimeSpan maxRetryAfter)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }
        if (outcome.Result is not { } response || !retryable.Contains((int)response.StatusCode))
        {
            return false;
        }
        return RetryAfterOf(response) is not { } wait || wait <= maxRetryAfter;
    }

    public static TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    public static string? CorrelationIdOf(HttpResponseMessage? response) =>
        response is not null && response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retrying {Method} to {Host} after {StatusCode} {Exception} (attempt {Attempt}, in {Delay}, correlation {CorrelationId})")]
    private static partial void LogRetry(ILogger logger, string? method, string? host, int? statusCode, int attempt, TimeSpan delay,
        string? correlationId, string? exception);
}
