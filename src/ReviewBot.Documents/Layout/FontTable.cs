using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents.Layout;

/// <summary>
/// The font table: every font the styles name, with its <c>w:altName</c> fallback (仿宋_GB2312 → 仿宋 and so on)
/// and the GB2312 character set, so Word picks a sensible substitute on machines without the official fonts.
/// </summary>
internal static class FontTable
{
    private const string Gb2312CharSet = "86";
    private const string AnsiCharSet = "00";

    public static W.Fonts Build(DocumentFormatOptions options)
    {
        var f = options.Fonts;
        var fonts = new W.Fonts();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var choice in new[] { f.Body, f.Title, f.Heading, f.LeadIn, f.PageNumber })
        {
            if (seen.Add(choice.Name))
                fonts.Append(Cjk(choice));
        }

        if (seen.Add(f.Latin))
        {
            fonts.Append(new W.Font(
                new W.FontCharSet { Val = AnsiCharSet },
                new W.FontFamily { Val = W.FontFamilyValues.Roman },
                new W.Pitch { Val = W.FontPitchValues.Variable })
            { Name = f.Latin });
        }

        return fonts;
    }

    private static W.Font Cjk(FontChoice choice)
    {
        var font = new W.Font { Name = choice.Name };
        if (!string.IsNullOrWhiteSpace(choice.AltName) && choice.AltName != choice.Name)
            font.Append(new W.AltName { Val = choice.AltName });
        font.Append(
            new W.FontCharSet { Val = Gb2312CharSet },
            new W.FontFamily { Val = W.FontFamilyValues.Modern },
            new W.Pitch { Val = W.FontPitchValues.Fixed });
        return font;
    }
}
