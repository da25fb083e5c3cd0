using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Host.Messaging;

/// <summary>
/// Reads the request body of <c>POST /api/messages</c> into an <see cref="Activity"/>: JSON content type,
/// size limit, valid UTF-8, one JSON object, and the fields the pipeline relies on.
/// </summary>
internal sealed class ActivityRequestReader(IOptions<MessagingEndpointOptions> options)
{
    private const int ReadChunk = 16 * 1024;

    public async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return ActivityReadResult.Refuse(StatusCodes.Status415UnsupportedMediaType, "Content-Type must be application/json (UTF-8)");
        }
        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }
        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? ReadChunk, limit) + 1);
        try
        {
            while (true)
            {
                // Ask for what the announced length still needs (plus one byte to see the end), not a whole chunk:
                // growing the buffer to 16 KB for a 2 KB activity would allocate and clear 16 KB on every request.
                var expected = request.ContentLength is { } length ? (int)Math.Max(1, Math.Min(length, limit) - buffer.WrittenCount + 1) : ReadChunk;
                var read = await request.Body.ReadAsync(buffer.GetMemory(Math.Min(expected, ReadChunk)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }
                buffer.Advance(read);
                if (buffer.WrittenCount > limit)
                {
                    return TooLarge(limit);
                }
            }
        }
        catch (BadHttpRequestException ex)
        {
            // Broken chunked framing, a body shorter than its Content-Length, a client sending too slowly.
            return ActivityReadResult.Refuse(ex.StatusCode, "the request body could not be read");
        }
        return Parse(buffer.WrittenSpan);
    }

    internal static ActivityReadResult Parse(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            return BadRequest("the request body is empty; expected an activity (JSON object)");
        }
        if (!Utf8.IsValid(body))
        {
            return BadRequest("the request body is not valid UTF-8");
        }
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, ProtocolJson.ActivityInfo);
        }
        catch (JsonException ex)
        {
            return BadRequest(StartsWithObject(body)
                ? $"malformed activity JSON{(ex.Path is { Length: > 1 } path ? $" at {path}" : string.Empty)}"
                : "expected a JSON object (an activity)");
        }
        if (activity is null)
        {
            return BadRequest("expected a JSON object (an activity)");
        }
        return ActivityShape.FindProblem(activity) is { } problem ? BadRequest(problem) : ActivityReadResult.Ok(activity);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && (!mediaType.Charset.HasValue || mediaType.Charset.Value!.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static bool StartsWithObject(ReadOnlySpan<byte> body) => body.TrimStart(" \t\r\n"u8) is [(byte)'{', ..];

    private static ActivityReadResult BadRequest(string reason) => ActivityReadResult.Refuse(StatusCodes.Status400BadRequest, reason);

    private static ActivityReadResult TooLarge(int limit) =>
        ActivityReadResult.Refuse(StatusCodes.Status413PayloadTooLarge, $"the request body exceeds {limit} bytes");
}
