using System.Text.Json;

namespace ReviewBot.Protocol.Connector;

/// <summary>
/// The code and message of a Connector error body. Understands the standard <c>{"error":{"code","message"}}</c>, a flat
/// <c>{"code","message"}</c>, and Teams' non-standard 403 <c>{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\"…}"}</c>.
/// Anything else (an HTML 404 page, an empty body) gives no code.
/// </summary>
internal sealed record ConnectorError(string? Code, string? Message)
{
    private const int MaxMessageLength = 500;

    public static ConnectorError Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ConnectorError(null, null);
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ConnectorError(null, null);
            }
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return new ConnectorError(Text(error, "code"), Trim(Text(error, "message")));
            }
            if (root.TryGetProperty("errorCode", out var errorCode))
            {
                return FromTeamsBlockedShape(errorCode, Text(root, "message"));
            }
            return new ConnectorError(Text(root, "code"), Trim(Text(root, "message")));
        }
        catch (JsonException)
        {
            return new ConnectorError(null, null);
        }
    }

    // e.g. {"errorCode":209,"message":"{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  \"details\": \"Thread is blocked from message writes.\"…}"}
    private static ConnectorError FromTeamsBlockedShape(JsonElement errorCode, string? message)
    {
        var code = errorCode.ValueKind == JsonValueKind.Number ? errorCode.GetRawText() : errorCode.ToString();
        if (message is not null && message.TrimStart().StartsWith('{'))
        {
            try
            {
                using var inner = JsonDocument.Parse(message);
                if (inner.RootElement.ValueKind == JsonValueKind.Object)
                {
                    var subCode = Text(inner.RootElement, "subCode");
                    var details = Text(inner.RootElement, "details") ?? Text(inner.RootElement, "message");
                    return new ConnectorError(subCode ?? code, Trim(details ?? message));
                }
            }
            catch (JsonException)
            {
            }
        }
        return new ConnectorError(code, Trim(message));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? value.ToString()
            : null;

    private static string? Trim(string? message) =>
        message is { Length: > MaxMessageLength } ? message[..MaxMessageLength] + "…" : message;
}
