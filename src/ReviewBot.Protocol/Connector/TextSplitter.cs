using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;

namespace ReviewBot.Protocol.Connector;

/// <summary>
/// Cuts text into pieces whose JSON-escaped length fits a budget: at paragraph breaks (blank lines) first, then at
/// line breaks, and only a single over-long line is cut hard (never inside a surrogate pair). The breaks where a piece
/// ends are dropped and blank pieces skipped; everything else is kept, so joining the pieces with the breaks they were
/// cut at gives the text back.
/// </summary>
public static class TextSplitter
{
    private static readonly string[] Breaks = ["\r\n\r\n", "\n\n", "\r\n", "\n"];

    public static IReadOnlyList<string> Split(string text, int maxEscapedChars, JavaScriptEncoder encoder)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEscapedChars, 16);
        var pieces = new List<string>();
        SplitAt(text, 0, maxEscapedChars, encoder, pieces);
        return pieces.Select(piece => piece.Trim('\r', '\n')).Where(piece => !string.IsNullOrWhiteSpace(piece)).ToList();
    }

    /// <summary>The length of <paramref name="text"/> inside a JSON string. Additive: the length of a+b is that of a plus that of b.</summary>
    public static int EscapedLength(string text, JavaScriptEncoder encoder) =>
        text.Length == 0 ? 0 : JsonEncodedText.Encode(text, encoder).Value.Length;

    private static void SplitAt(string text, int level, int max, JavaScriptEncoder encoder, List<string> output)
    {
        if (EscapedLength(text, encoder) <= max)
        {
            output.Add(text);
            return;
        }
        if (level == Breaks.Length)
        {
            CutHard(text, max, encoder, output);
            return;
        }
        var separator = Breaks[level];
        var separatorLength = EscapedLength(separator, encoder);
        var current = new StringBuilder();
        var currentLength = 0;
        foreach (var part in text.Split(separator))
        {
            var partLength = EscapedLength(part, encoder);
            if (current.Length > 0 && currentLength + separatorLength + partLength <= max)
            {
                current.Append(separator).Append(part);
                currentLength += separatorLength + partLength;
                continue;
            }
            if (current.Length > 0)
            {
                output.Add(current.ToString());
                current.Clear();
                currentLength = 0;
            }
            if (partLength <= max)
            {
                current.Append(part);
                currentLength = partLength;
            }
            else
            {
                SplitAt(part, level + 1, max, encoder, output);
            }
        }
        if (current.Length > 0)
        {
            output.Add(current.ToString());
        }
    }

    private static void CutHard(string text, int max, JavaScriptEncoder encoder, List<string> output)
    {
        var start = 0;
        var length = 0;
        for (var i = 0; i < text.Length;)
        {
            var unit = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var unitLength = UnitLength(text.AsSpan(i, unit), encoder);
            if (length + unitLength > max && i > start)
            {
                output.Add(text[start..i]);
                start = i;
                length = 0;
            }
            length += unitLength;
            i += unit;
        }
        output.Add(text[start..]);
    }

    private static int UnitLength(ReadOnlySpan<char> unit, JavaScriptEncoder encoder) =>
        unit is [var c] && c >= ' ' && c != '"' && c != '\\' && !char.IsSurrogate(c) && !encoder.WillEncode(c)
            ? 1
            : JsonEncodedText.Encode(unit, encoder).Value.Length;
}
