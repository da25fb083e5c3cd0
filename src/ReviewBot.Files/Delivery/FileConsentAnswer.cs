using System.Text.Json;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Delivery;

/// <summary>
/// The value of a Teams <c>fileConsent/invoke</c>:
/// <c>{"type":"fileUpload","action":"accept"|"decline","context":{"fileId":…},"uploadInfo":{…}}</c>.
/// </summary>
internal sealed record FileConsentAnswer(string Action, string? FileId, FileUploadInfo? UploadInfo)
{
    public const string Accept = "accept";
    public const string Decline = "decline";

    /// <summary>The answer, or null when the value is missing, malformed or has an unknown action.</summary>
    public static FileConsentAnswer? TryParse(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } body
            || !body.TryGetProperty("action", out var actionElement) || actionElement.ValueKind != JsonValueKind.String
            || actionElement.GetString() is not { } action || action is not (Accept or Decline))
        {
            return null;
        }
        var fileId = body.TryGetProperty("context", out var context) && context.ValueKind == JsonValueKind.Object
            && context.TryGetProperty("fileId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        FileUploadInfo? uploadInfo = null;
        if (body.TryGetProperty("uploadInfo", out var info) && info.ValueKind == JsonValueKind.Object)
        {
            try
            {
                uploadInfo = info.Deserialize<FileUploadInfo>(ProtocolJson.Options);
            }
            catch (JsonException)
            {
                uploadInfo = null;
            }
        }
        return new FileConsentAnswer(action, fileId, uploadInfo);
    }
}

/// <summary>Where Teams wants the bytes (<see cref="UploadUrl"/>) and what the file will be once uploaded.</summary>
internal sealed record FileUploadInfo(string? Name, string? UploadUrl, string? ContentUrl, string? UniqueId, string? FileType, string? ETag);
