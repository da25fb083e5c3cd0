using Microsoft.Extensions.Logging;
using ReviewBot.Llm.Calls;

namespace ReviewBot.Llm;

/// <summary>Structured log lines. Only task names, counts, timings and status codes — document content only through <see cref="Content"/>, which runs when LLM:LogContent is true.</summary>
internal static partial class LlmLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "LLM {Task}: answered from cache")]
    public static partial void CacheHit(ILogger logger, string task);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "LLM {Task}: answered on attempt {Attempt} in {ElapsedMs} ms, {Tokens} tokens")]
    public static partial void Answered(ILogger logger, string task, int attempt, long elapsedMs, long tokens);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "LLM {Task}: answer on attempt {Attempt} failed {ProblemCount} checks")]
    public static partial void Rejected(ILogger logger, string task, int attempt, int problemCount);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "LLM {Task}: service answered HTTP {Status} after retries")]
    public static partial void ServiceError(ILogger logger, string task, int status);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "LLM {Task}: service unreachable ({ErrorType})")]
    public static partial void Unreachable(ILogger logger, string task, string errorType);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "LLM {Task}: falling back to built-in phrasing ({Failure})")]
    public static partial void Failed(ILogger logger, string task, LlmFailure failure);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "LLM {Task}: model slower than the soft deadline; built-in phrasing shown; the model answer is cached and, for a problem, delivered later when it passes the checks")]
    public static partial void SoftDeadlinePassed(ILogger logger, string task);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "LLM {Task} {Direction} content: {Content}")]
    public static partial void Content(ILogger logger, string task, string direction, string content);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Information, Message = "LLM enabled: {Model}, redaction {Redact}, timeout {TimeoutSeconds} s")]
    public static partial void Enabled(ILogger logger, string model, bool redact, int timeoutSeconds);
}
