using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ReviewBot.Files.Links;

/// <summary>Unguessable tokens (32 random bytes, base64url) and the hash they are stored under.</summary>
public static class SecretToken
{
    /// <summary>Characters of a base64url-encoded 32-byte token.</summary>
    public const int Length = 43;

    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>A shorter random id (16 bytes) for things that are bound to a conversation anyway, e.g. pending uploads.</summary>
    public static string NewId() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));

    public static bool IsWellFormed(string? value) => value is { Length: Length } && IsBase64Url(value);

    /// <summary>
    /// The storage key part for a token: its SHA-256, so that whoever can read the storage cannot rebuild links.
    /// </summary>
    public static string StorageId(string token) => WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    internal static bool IsBase64Url(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }
        return true;
    }
}
