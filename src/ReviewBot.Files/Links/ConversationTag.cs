using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using ReviewBot.Builder.State;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Links;

/// <summary>
/// A short, URL-safe hash of a conversation (channel + conversation id). It appears in download links so that a
/// token only opens a file from its own conversation, without putting the conversation id in the URL.
/// </summary>
public static class ConversationTag
{
    public const int Length = 12;

    public static string For(Activity activity) => ForKey(StateKeys.Conversation(activity));

    public static string ForKey(string conversationKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(conversationKey));
        return WebEncoders.Base64UrlEncode(hash, 0, 9);
    }

    /// <summary>Whether <paramref name="value"/> has the shape of a tag (cheap check before any storage read).</summary>
    public static bool IsWellFormed(string? value) => value is { Length: Length } && SecretToken.IsBase64Url(value);
}
