using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using ReviewBot.Documents;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Interview.Rectification;

/// <summary>
/// The text of a .docx or .txt attached to an 导入 message. Files are downloaded only from loopback or the hosts in
/// <see cref="RectificationOptions.ImportHosts"/> (Teams: the SharePoint/OneDrive host of the tenant), at most
/// <see cref="RectificationOptions.MaxImportBytes"/>; anything else gets a clear message.
/// </summary>
public sealed class ImportAttachmentReader(IOptions<RectificationOptions> options, IHttpClientFactory? httpClients = null)
{
    public sealed record Result(string? Text, string? Problem);

    public async Task<Result> ReadAttachmentAsync(Activity activity, CancellationToken cancellationToken)
    {
        var attachment = (activity.Attachments ?? []).FirstOrDefault(a => IsFile(a) is not null);
        if (attachment is null)
        {
            return new Result(null, null);
        }
        var url = DownloadUrl(attachment);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !IsAllowed(uri))
        {
            return new Result(null, "无法读取这个附件（来源不在允许范围内）。请把材料全文粘贴发送，开头写“导入”。");
        }
        try
        {
            using var client = httpClients?.CreateClient(nameof(ImportAttachmentReader)) ?? new HttpClient();
            client.Timeout = TimeSpan.FromSeconds(30);
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return new Result(null, $"下载附件失败（{(int)response.StatusCode}）。请重新发送，或把全文粘贴过来。");
            }
            var bytes = await ReadLimitedAsync(response, options.Value.MaxImportBytes, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                return new Result(null, "附件太大，无法导入。请只保留材料正文后再发送。");
            }
            if (IsFile(attachment) == ".txt")
            {
                return new Result(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), null);
            }
            using var stream = new MemoryStream(bytes);
            return new Result(DocxTextReader.Read(stream), null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidDataException or IOException)
        {
            return new Result(null, "附件无法读取（可能不是 .docx / .txt 文件，或下载超时）。请把材料全文粘贴发送，开头写“导入”。");
        }
    }

    private static string? IsFile(Attachment a)
    {
        var name = (a.Name ?? string.Empty).ToLowerInvariant();
        return name.EndsWith(".docx", StringComparison.Ordinal) ? ".docx" : name.EndsWith(".txt", StringComparison.Ordinal) ? ".txt" : null;
    }

    /// <summary>Teams puts the real link in content.downloadUrl (file.download.info); others use contentUrl.</summary>
    private static string? DownloadUrl(Attachment a) =>
        a.ContentType == ContentTypes.FileDownloadInfo && a.Content is { ValueKind: System.Text.Json.JsonValueKind.Object } content
            && content.TryGetProperty("downloadUrl", out var d) ? d.GetString() : a.ContentUrl;

    private bool IsAllowed(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip))
        || options.Value.ImportHosts.Any(h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase)
            || (h.StartsWith("*.", StringComparison.Ordinal) && uri.Host.EndsWith(h[1..], StringComparison.OrdinalIgnoreCase)));

    private static async Task<byte[]?> ReadLimitedAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        await using var source = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
