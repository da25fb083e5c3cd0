using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents.Layout;

/// <summary>Section properties (paper, margins, document grid) and the page-number footer.</summary>
internal static class PageSetup
{
    private static readonly int HeaderDistanceTwips = Units.MmToTwips(15);

    /// <summary>A4 portrait with the GB/T 9704 margins, or the template's page set-up when there is one.</summary>
    public static W.SectionProperties Portrait(DocumentFormatOptions options, string footerId, DocumentTemplate? template)
    {
        var section = template?.CloneSection();
        if (section is null)
        {
            section = new W.SectionProperties();
            section.Append(
                new W.PageSize { Width = Units.A4ShortTwips, Height = Units.A4LongTwips },
                Margins(options.Margins, options.FooterDistanceMm),
                new W.Columns { Space = "425" },
                new W.DocGrid { LinePitch = Units.PtToTwips(options.LineSpacingPt) });
        }

        section.PrependChild(new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = footerId });
        return section;
    }

    /// <summary>A4 landscape for the 整改清单 table.</summary>
    public static W.SectionProperties Landscape(DocumentFormatOptions options, string footerId)
    {
        var margins = options.TableMargins;
        var section = new W.SectionProperties();
        section.Append(
            new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = footerId },
            new W.PageSize { Width = Units.A4LongTwips, Height = Units.A4ShortTwips, Orient = W.PageOrientationValues.Landscape },
            Margins(margins, LandscapeFooterDistanceMm(options)),
            new W.Columns { Space = "425" },
            new W.DocGrid { LinePitch = 312 });
        return section;
    }

    /// <summary>Text width of the portrait pages (the 版心, 156 mm by default).</summary>
    public static int PortraitTextWidth(DocumentFormatOptions options) =>
        Units.A4ShortTwips - Units.MmToTwips(options.Margins.LeftMm) - Units.MmToTwips(options.Margins.RightMm);

    /// <summary>
    /// Character spacing, in twips (1/20 pt), that puts exactly <c>CharactersPerLine</c> body characters on a
    /// line and leaves half a character free, so a closing mark (，。、”) that falls at the end is compressed into
    /// the line: −10 for 28 × 三号 in 156 mm. Done with spacing rather than Word's character grid (docGrid
    /// linesAndChars), which LibreOffice renders by giving each character two grid cells; and with the half
    /// character to spare because LibreOffice drops a punctuation mark that hangs past the end of a justified line.
    /// </summary>
    public static int CharacterSpacing(DocumentFormatOptions options) =>
        options.CharactersPerLine == 0
            ? 0
            : (int)Math.Floor(PortraitTextWidth(options) / (options.CharactersPerLine + 0.5) - Units.PtToTwips(options.Sizes.BodyPt));

    /// <summary>The page number keeps the same gap below the text as on the portrait pages.</summary>
    private static double LandscapeFooterDistanceMm(DocumentFormatOptions options) =>
        Math.Max(0, options.TableMargins.BottomMm - (options.Margins.BottomMm - options.FooterDistanceMm));

    /// <summary>Text width of the landscape section, for the table's column widths.</summary>
    public static int LandscapeTextWidth(DocumentFormatOptions options) =>
        Units.A4LongTwips - Units.MmToTwips(options.TableMargins.LeftMm) - Units.MmToTwips(options.TableMargins.RightMm);

    /// <summary>"— N —": the page number as a PAGE field between two 一字线, centred (style Footer).</summary>
    public static W.Footer PageNumberFooter() =>
        new(new W.Paragraph(
            new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = StyleIds.Footer } },
            TextRun("— "),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
            new W.Run(new W.FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
            TextRun("1"),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End }),
            TextRun(" —")));

    private static W.Run TextRun(string text) =>
        new(new W.Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });

    private static W.PageMargin Margins(PageMargins margins, double footerMm) => new()
    {
        Top = Units.MmToTwips(margins.TopMm),
        Right = (uint)Units.MmToTwips(margins.RightMm),
        Bottom = Units.MmToTwips(margins.BottomMm),
        Left = (uint)Units.MmToTwips(margins.LeftMm),
        Header = (uint)HeaderDistanceTwips,
        Footer = (uint)Units.MmToTwips(footerMm),
        Gutter = 0U,
    };
}
