using System.Net;

namespace ReviewBot.Protocol.Connector;

/// <summary>
/// A Connector call that did not succeed: an error status (with the service's error code and message), no answer in
/// time, or a refused serviceUrl. <see cref="CorrelationId"/> is the <c>X-Correlating-OperationId</c> Microsoft support asks for.
/// </summary>
public class ConnectorException : Exception
{
    public ConnectorException(string operation, HttpStatusCode? statusCode, string? errorCode, string? errorMessage,
        string? correlationId = null, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(Describe(operation, statusCode, errorCode, errorMessage), innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        CorrelationId = correlationId;
        RetryAfter = retryAfter;
    }

    /// <summary>What was attempted, e.g. <c>SendToConversation</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status; null when no response came (timeout, network, refusal).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The service's code, e.g. <c>ConversationBlockedByUser</c>, <c>MessageWritesBlocked</c>, <c>Throttled</c>.</summary>
    public string? ErrorCode { get; }

    public string? ErrorMessage { get; }

    public string? CorrelationId { get; }

    /// <summary>How long the service asked to wait (429/503 with Retry-After), when it did.</summary>
    public TimeSpan? RetryAfter { get; }

    private static string Describe(string operation, HttpStatusCode? status, string? code, string? message)
    {
        var what = status is { } s ? $"{(int)s} {s}" : "no response";
        var detail = string.Join(": ", new[] { code, message }.Where(part => !string.IsNullOrEmpty(part)));
        return detail.Length == 0 ? $"{operation} failed ({what})." : $"{operation} failed ({what}): {detail}";
    }
}

/// <summary>The serviceUrl may not be called (not allow-listed, not https, or not loopback without an app id); nothing was sent.</summary>
public sealed class ServiceUrlNotAllowedException(string operation, string reason)
    : ConnectorException(operation, null, "ServiceUrlNotAllowed", $"serviceUrl refused: {reason}")
{
    public string Reason { get; } = reason;
}
