using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReviewBot.Builder.Storage;
using ReviewBot.Files.Storage;

namespace ReviewBot.Files.Endpoints;

public static class FileDownloadEndpoints
{
    /// <summary>The only route: nothing above it (<c>/files</c>, <c>/files/{tag}</c>) exists, so nothing can be listed.</summary>
    public const string Route = "/files/{tag}/{token}/{name}";

    /// <summary>
    /// Serves download links: <c>GET /files/{tag}/{token}/{name}</c> answers the file with its content type and a
    /// <c>Content-Disposition: attachment</c> carrying the name (RFC 5987 <c>filename*</c> for Chinese names);
    /// an unknown, expired or malformed token, or another conversation's tag, gets an empty 404. The name segment is
    /// only there for browsers; the stored name is what is served.
    /// </summary>
    public static IEndpointConventionBuilder MapFileDownloads(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, DownloadAsync).ExcludeFromDescription();

    private static async Task<IResult> DownloadAsync(string tag, string token, IDownloadStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        StoredFile? file;
        try
        {
            file = await store.FindAsync(tag, token, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        return file is null ? Results.NotFound() : Results.File(file.Content, file.ContentType, file.Name);
    }
}
