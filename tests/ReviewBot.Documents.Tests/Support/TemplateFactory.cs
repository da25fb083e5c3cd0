using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents.Tests.Support;

/// <summary>
/// Builds a unit's own .dotx the way a unit would: Normal restyled (宋体, 15 pt, 30 pt lines), its own Title and
/// Heading1, different margins, a header of its own and a different first page.
/// </summary>
public static class TemplateFactory
{
    public const string NormalFont = "宋体";
    public const string NormalHalfPoints = "30";
    public const string LineTwips = "600";
    public const string HeadingFont = "方正黑体_GBK";
    public const int TopTwips = 1985;
    public const uint LeftTwips = 1531;

    public static byte[] CreateDotx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Template))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new W.Styles(
                Paragraph("Normal", "Normal", null, NormalFont, NormalHalfPoints, isDefault: true,
                    new W.StyleParagraphProperties { SpacingBetweenLines = new W.SpacingBetweenLines { Line = LineTwips, LineRule = W.LineSpacingRuleValues.Exact } }),
                Paragraph("Title", "Title", "Normal", "方正小标宋_GBK", "44", isDefault: false,
                    new W.StyleParagraphProperties { Justification = new W.Justification { Val = W.JustificationValues.Center } }),
                Paragraph("Heading1", "heading 1", "Normal", HeadingFont, NormalHalfPoints, isDefault: false,
                    new W.StyleParagraphProperties { OutlineLevel = new W.OutlineLevel { Val = 0 } }));

            var header = main.AddNewPart<HeaderPart>();
            header.Header = new W.Header(new W.Paragraph(new W.Run(new W.Text("某单位文件"))));

            var section = new W.SectionProperties(
                new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new W.PageSize { Width = 11906U, Height = 16838U },
                new W.PageMargin { Top = TopTwips, Right = 1531U, Bottom = 1871, Left = LeftTwips, Header = 851U, Footer = 992U, Gutter = 0U },
                new W.TitlePage(),
                new W.DocGrid { Type = W.DocGridValues.Lines, LinePitch = 600 });
            main.Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("模板正文"))), section));
        }

        return stream.ToArray();
    }

    private static W.Style Paragraph(string id, string name, string? basedOn, string font, string halfPoints, bool isDefault, W.StyleParagraphProperties paragraph)
    {
        var style = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id, StyleName = new W.StyleName { Val = name } };
        if (isDefault)
            style.Default = OnOffValue.FromBoolean(true);
        if (basedOn is not null)
            style.BasedOn = new W.BasedOn { Val = basedOn };
        style.StyleParagraphProperties = paragraph;
        style.StyleRunProperties = new W.StyleRunProperties
        {
            RunFonts = new W.RunFonts { EastAsia = font, Ascii = "Times New Roman", HighAnsi = "Times New Roman" },
            FontSize = new W.FontSize { Val = halfPoints },
        };
        return style;
    }
}
