namespace ReviewBot.Files.Links;

/// <summary>Makes a generated file's name safe for a URL segment, a header and a markdown link.</summary>
public static class FileNames
{
    public const int MaxLength = 120;
    private const string Fallback = "文件";

    /// <summary>Drops any folder part, replaces control and path characters, trims, and shortens keeping the extension.</summary>
    public static string Clean(string? name)
    {
        var text = (name ?? string.Empty).Replace('\\', '/');
        text = text[(text.LastIndexOf('/') + 1)..];
        var chars = text.Select(c => char.IsControl(c) || Path.GetInvalidFileNameChars().Contains(c) || c is '"' or '<' or '>' or '|' or '*' or '?' or ':' ? '_' : c).ToArray();
        var cleaned = new string(chars).Trim().Trim('.');
        if (cleaned.Length == 0)
        {
            return Fallback;
        }
        if (cleaned.Length > MaxLength)
        {
            var extension = Path.GetExtension(cleaned);
            extension = extension.Length <= 10 ? extension : string.Empty;
            cleaned = cleaned[..(MaxLength - extension.Length)] + extension;
        }
        return cleaned;
    }

    /// <summary>
    /// The name as markdown link text: only what could end the link or start code/emphasis is escaped (<c>\ [ ] * `</c>);
    /// underscores inside words and parentheses are literal in CommonMark and are left alone, so that clients with
    /// weaker markdown do not show stray backslashes.
    /// </summary>
    public static string MarkdownText(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (c is '\\' or '[' or ']' or '*' or '`')
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
