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
                Grid(options, Units.A4ShortTwips - Units.MmToTwips(options.Margins.LeftMm) - Units.MmToTwips(options.Margins.RightMm)));
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
            Margins(margins, Math.Min(options.FooterDistanceMm, margins.BottomMm)),
            new W.Columns { Space = "425" },
            new W.DocGrid { LinePitch = 312 });
        return section;
    }

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

    /// <summary>
    /// Word's document grid: lines at the fixed line pitch and, when asked, <c>CharactersPerLine</c> characters a
    /// line. charSpace is the change to the body font's width in 1/4096 pt (e.g. −849 for 28 × 三号 in 156 mm).
    /// </summary>
    private static W.DocGrid Grid(DocumentFormatOptions options, int textWidthTwips)
    {
        var linePitch = Units.PtToTwips(options.LineSpacingPt);
        if (options.CharactersPerLine == 0)
            return new W.DocGrid { Type = W.DocGridValues.Lines, LinePitch = linePitch };

        var pitchPt = textWidthTwips / 20.0 / options.CharactersPerLine;
        var charSpace = (int)Math.Round((pitchPt - options.Sizes.BodyPt) * 4096);
        return new W.DocGrid { Type = W.DocGridValues.LinesAndChars, LinePitch = linePitch, CharacterSpace = charSpace };
    }
}
