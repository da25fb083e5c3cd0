using System.Text;

namespace ReviewBot.Dialogs.Text;

/// <summary>
/// The one comparison form for typed answers: full-width folded to half-width (NFKC), invisible characters removed,
/// whitespace trimmed and collapsed, case folded, and trailing sentence punctuation (。.!！～~) dropped.
/// Nothing else: matching on the result is exact, never partial.
/// </summary>
public static class InputNormalizer
{
    private static readonly char[] TrailingPunctuation = ['。', '.', '!', '～', '~', '｡'];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (c is '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff')
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().TrimEnd(TrailingPunctuation).TrimEnd();
    }
}
