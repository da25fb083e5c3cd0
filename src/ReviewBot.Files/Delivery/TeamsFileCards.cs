using System.Text.Json;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Delivery;

/// <summary>The Teams file attachments: the consent card that asks to upload, and the info card that shows the uploaded file.</summary>
internal static class TeamsFileCards
{
    /// <summary><c>application/vnd.microsoft.teams.card.file.consent</c>; both contexts carry the pending file's id.</summary>
    public static Attachment Consent(string name, string description, long sizeInBytes, string fileId)
    {
        var context = new { fileId };
        return new Attachment
        {
            ContentType = ContentTypes.FileConsentCard,
            Name = name,
            Content = JsonSerializer.SerializeToElement(
                new { description, sizeInBytes, acceptContext = context, declineContext = context }, ProtocolJson.Options),
        };
    }

    /// <summary><c>application/vnd.microsoft.teams.card.file.info</c> for the file Teams stored in the user's OneDrive.</summary>
    public static Attachment Info(FileUploadInfo uploaded, string fallbackName) => new()
    {
        ContentType = ContentTypes.FileInfoCard,
        ContentUrl = uploaded.ContentUrl,
        Name = string.IsNullOrEmpty(uploaded.Name) ? fallbackName : uploaded.Name,
        Content = JsonSerializer.SerializeToElement(new { uniqueId = uploaded.UniqueId, fileType = uploaded.FileType }, ProtocolJson.Options),
    };
}
