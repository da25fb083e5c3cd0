using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Tests.Support;

internal static partial class Cards
{
    public static Attachment Consent(Activity sent) =>
        Assert.Single(sent.Attachments ?? [], a => a.ContentType == ContentTypes.FileConsentCard);

    public static string FileId(Activity consentMessage)
    {
        var content = Consent(consentMessage).Content!.Value;
        var accept = content.GetProperty("acceptContext").GetProperty("fileId").GetString()!;
        Assert.Equal(accept, content.GetProperty("declineContext").GetProperty("fileId").GetString());
        return accept;
    }

    /// <summary>The one markdown link in a message: its text and URL.</summary>
    public static (string Text, Uri Url) Link(Activity message)
    {
        var match = Assert.Single(MarkdownLink().Matches(message.Text ?? string.Empty));
        return (match.Groups["text"].Value, new Uri(match.Groups["url"].Value));
    }

    public static string Get(JsonElement element, string name) => element.GetProperty(name).GetString()!;

    [GeneratedRegex(@"\[(?<text>(?:\\.|[^\]\\])*)\]\((?<url>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
