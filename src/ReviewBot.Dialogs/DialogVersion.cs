using System.Security.Cryptography;
using System.Text;

namespace ReviewBot.Dialogs;

/// <summary>Short, stable version stamps for dialog definitions.</summary>
public static class DialogVersion
{
    /// <summary>The first 16 hex digits of SHA-256 over the parts (null parts count as empty).</summary>
    public static string Hash(params string?[] parts)
    {
        var joined = string.Join('\u001f', parts.Select(p => p ?? string.Empty));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..16];
    }
}
