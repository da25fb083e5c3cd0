using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents.Layout;

/// <summary>
/// Turns text into runs. Each run carries the East Asian font hint so that “”、— and the like are set in the
/// Chinese font rather than the Latin one; leftover 【待补…】 placeholders can be highlighted.
/// </summary>
internal sealed class TextRuns(bool highlightPlaceholders)
{
    public void AppendTo(W.Paragraph paragraph, string text, string? characterStyle = null)
    {
        text = WithoutInvalidXmlCharacters(text);
        if (text.Length == 0)
            return;
        if (!highlightPlaceholders)
        {
            paragraph.Append(Run(text, characterStyle, highlight: false));
            return;
        }

        var position = 0;
        foreach (var match in PlaceholderScan.Pattern().EnumerateMatches(text))
        {
            if (match.Index > position)
                paragraph.Append(Run(text[position..match.Index], characterStyle, highlight: false));
            paragraph.Append(Run(text.Substring(match.Index, match.Length), characterStyle, highlight: true));
            position = match.Index + match.Length;
        }

        if (position < text.Length)
            paragraph.Append(Run(text[position..], characterStyle, highlight: false));
    }

    private static W.Run Run(string text, string? characterStyle, bool highlight)
    {
        var properties = new W.RunProperties();
        if (characterStyle is not null)
            properties.RunStyle = new W.RunStyle { Val = characterStyle };
        properties.RunFonts = new W.RunFonts { Hint = W.FontTypeHintValues.EastAsia };
        if (highlight)
            properties.Highlight = new W.Highlight { Val = W.HighlightColorValues.Yellow };
        return new W.Run(properties, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>Control characters cannot be written to XML; they are dropped rather than failing the export.</summary>
    internal static string WithoutInvalidXmlCharacters(string text)
    {
        var firstInvalid = FirstInvalid(text);
        if (firstInvalid < 0)
            return text;

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstInvalid);
        for (var i = firstInvalid; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
                continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
