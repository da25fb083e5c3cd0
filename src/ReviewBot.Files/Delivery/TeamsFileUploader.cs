using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReviewBot.Files.Delivery;

/// <summary>
/// Uploads a file's bytes to the <c>uploadUrl</c> Teams hands out after consent: one PUT with
/// <c>Content-Range: bytes 0-(n-1)/n</c>, tried twice. Uses a plain named HttpClient: the bot's token must never go
/// to this URL, so don't add authentication handlers to <see cref="HttpClientName"/> or to the client defaults.
/// </summary>
public sealed partial class TeamsFileUploader(
    IHttpClientFactory httpClients,
    IOptions<FilesOptions> options,
    TimeProvider time,
    ILogger<TeamsFileUploader> logger)
{
    public const string HttpClientName = "ReviewBot.Files.TeamsUpload";
    public const int Attempts = 2;

    /// <summary>True once an attempt got a success status; false after <see cref="Attempts"/> failures or for an unsafe URL.</summary>
    public async Task<bool> UploadAsync(Uri uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        ArgumentNullException.ThrowIfNull(content);
        if (!IsAllowed(uploadUrl) || content.Length == 0)
        {
            LogRefusedUrl(uploadUrl.Scheme, uploadUrl.Host);
            return false;
        }
        var client = httpClients.CreateClient(HttpClientName);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            using var timeout = new CancellationTokenSource(options.Value.UploadTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(content) };
                request.Content.Headers.ContentLength = content.Length;
                request.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, content.Length - 1, content.Length);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
                LogAttemptFailed(attempt, response.StatusCode);
            }
            catch (HttpRequestException ex)
            {
                LogAttemptError(ex, attempt);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogAttemptError(ex, attempt);
            }
        }
        return false;
    }

    /// <summary>https anywhere; plain http only on this machine (tests, local fakes).</summary>
    public static bool IsAllowed(Uri uploadUrl) =>
        uploadUrl.IsAbsoluteUri && string.IsNullOrEmpty(uploadUrl.UserInfo)
        && (uploadUrl.Scheme == Uri.UriSchemeHttps || (uploadUrl.Scheme == Uri.UriSchemeHttp && uploadUrl.IsLoopback));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload attempt {Attempt} to the Teams upload URL answered {StatusCode}")]
    private partial void LogAttemptFailed(int attempt, HttpStatusCode statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload attempt {Attempt} to the Teams upload URL failed")]
    private partial void LogAttemptError(Exception ex, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused to upload to a {Scheme} URL on {Host}: only https (or http on loopback) is allowed")]
    private partial void LogRefusedUrl(string scheme, string host);
}
