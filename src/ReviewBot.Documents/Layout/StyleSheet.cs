using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents.Layout;

/// <summary>
/// The styles part. Formatting lives in styles, not on runs, so a unit's template can restyle everything; runs
/// carry only the character style of a lead-in, the East Asian font hint and placeholder highlighting.
/// </summary>
internal static class StyleSheet
{
    /// <summary>The template's styles when there is one, plus any of ours it does not define; else ours.</summary>
    public static W.Styles Build(DocumentFormatOptions options, DocumentTemplate? template)
    {
        var ours = FromOptions(options);
        if (template is null)
            return ours;

        var styles = template.CloneStyles();
        if (styles.DocDefaults is null && ours.DocDefaults is { } defaults)
            styles.PrependChild(defaults.CloneNode(true));
        var defined = styles.Elements<W.Style>().Select(s => s.StyleId?.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var style in ours.Elements<W.Style>().Where(s => !defined.Contains(s.StyleId?.Value)))
            styles.Append(style.CloneNode(true));
        return styles;
    }

    public static W.Styles FromOptions(DocumentFormatOptions o)
    {
        var fonts = o.Fonts;
        var sizes = o.Sizes;
        var line = Units.Twips(o.LineSpacingPt);
        var tableLine = Units.Twips(Math.Round(sizes.TablePt * 1.5));

        return new W.Styles(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle
                {
                    RunFonts = Fonts(fonts.Body.Name, fonts.Latin),
                    FontSize = new W.FontSize { Val = Units.HalfPoints(sizes.BodyPt) },
                    FontSizeComplexScript = new W.FontSizeComplexScript { Val = Units.HalfPoints(sizes.BodyPt) },
                    Languages = new W.Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" },
                }),
                new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle())),
            ParagraphStyle(StyleIds.Normal, "Normal", basedOn: null, isDefault: true,
                new W.StyleParagraphProperties
                {
                    WidowControl = new W.WidowControl { Val = false },
                    SpacingBetweenLines = Spacing(line, after: "0"),
                    Indentation = new W.Indentation { FirstLineChars = 200, FirstLine = Units.Twips(2 * sizes.BodyPt) },
                    Justification = new W.Justification { Val = W.JustificationValues.Both },
                },
                BodyRunProperties(o)),
            ParagraphStyle(StyleIds.Title, "Title", StyleIds.Normal, isDefault: false,
                new W.StyleParagraphProperties
                {
                    SpacingBetweenLines = Spacing(line, after: line),
                    Indentation = NoIndent(),
                    ContextualSpacing = new W.ContextualSpacing(),
                    Justification = new W.Justification { Val = W.JustificationValues.Center },
                },
                RunProperties(fonts.Title.Name, fonts.Title.Name, sizes.TitlePt), uiPriority: 10),
            ParagraphStyle(StyleIds.Heading1, "heading 1", StyleIds.Normal, isDefault: false,
                new W.StyleParagraphProperties
                {
                    KeepNext = new W.KeepNext(),
                    OutlineLevel = new W.OutlineLevel { Val = 0 },
                },
                RunProperties(fonts.Heading.Name, fonts.Latin, sizes.HeadingPt), uiPriority: 9),
            CharacterStyle(StyleIds.LeadIn, "Run-in Heading", RunProperties(fonts.LeadIn.Name, fonts.Latin, sizes.LeadInPt)),
            ParagraphStyle(StyleIds.Footer, "footer", StyleIds.Normal, isDefault: false,
                new W.StyleParagraphProperties
                {
                    SnapToGrid = new W.SnapToGrid { Val = false },
                    SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
                    Indentation = NoIndent(),
                    Justification = new W.Justification { Val = W.JustificationValues.Center },
                },
                RunProperties(fonts.PageNumber.Name, fonts.PageNumber.Name, sizes.PageNumberPt), uiPriority: 99),
            ParagraphStyle(StyleIds.TableText, "Table Text", StyleIds.Normal, isDefault: false,
                new W.StyleParagraphProperties
                {
                    SnapToGrid = new W.SnapToGrid { Val = false },
                    SpacingBetweenLines = Spacing(tableLine, after: "0"),
                    Indentation = NoIndent(),
                    Justification = new W.Justification { Val = W.JustificationValues.Left },
                },
                RunProperties(fonts.Body.Name, fonts.Latin, sizes.TablePt)),
            ParagraphStyle(StyleIds.TableHeading, "Table Heading", StyleIds.TableText, isDefault: false,
                new W.StyleParagraphProperties
                {
                    KeepNext = new W.KeepNext(),
                    Justification = new W.Justification { Val = W.JustificationValues.Center },
                },
                RunProperties(fonts.Heading.Name, fonts.Latin, sizes.TablePt)),
            new W.Style(
                new W.StyleName { Val = "Default Paragraph Font" },
                new W.UIPriority { Val = 1 },
                new W.SemiHidden(),
                new W.UnhideWhenUsed())
            { Type = W.StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true });
    }

    private static W.Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault,
        W.StyleParagraphProperties paragraph, W.StyleRunProperties run, int? uiPriority = null)
    {
        var style = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id };
        if (isDefault)
            style.Default = true;
        style.StyleName = new W.StyleName { Val = name };
        if (basedOn is not null)
        {
            style.BasedOn = new W.BasedOn { Val = basedOn };
            style.NextParagraphStyle = new W.NextParagraphStyle { Val = StyleIds.Normal };
        }

        if (uiPriority is not null)
            style.UIPriority = new W.UIPriority { Val = uiPriority };
        style.PrimaryStyle = new W.PrimaryStyle();
        style.StyleParagraphProperties = paragraph;
        style.StyleRunProperties = run;
        return style;
    }

    private static W.Style CharacterStyle(string id, string name, W.StyleRunProperties run) =>
        new W.Style
        {
            Type = W.StyleValues.Character,
            StyleId = id,
            StyleName = new W.StyleName { Val = name },
            BasedOn = new W.BasedOn { Val = "DefaultParagraphFont" },
            UIPriority = new W.UIPriority { Val = 10 },
            PrimaryStyle = new W.PrimaryStyle(),
            StyleRunProperties = run,
        };

    /// <summary>The body font, with the character spacing that gives <c>CharactersPerLine</c> characters a line.</summary>
    private static W.StyleRunProperties BodyRunProperties(DocumentFormatOptions o)
    {
        var run = RunProperties(o.Fonts.Body.Name, o.Fonts.Latin, o.Sizes.BodyPt);
        if (PageSetup.CharacterSpacing(o) is var spacing and not 0)
            run.Spacing = new W.Spacing { Val = spacing };
        return run;
    }

    private static W.StyleRunProperties RunProperties(string eastAsia, string latin, double points) => new()
    {
        RunFonts = Fonts(eastAsia, latin),
        FontSize = new W.FontSize { Val = Units.HalfPoints(points) },
        FontSizeComplexScript = new W.FontSizeComplexScript { Val = Units.HalfPoints(points) },
    };

    private static W.RunFonts Fonts(string eastAsia, string latin) =>
        new() { Ascii = latin, HighAnsi = latin, EastAsia = eastAsia, ComplexScript = latin };

    private static W.SpacingBetweenLines Spacing(string line, string after) =>
        new() { Before = "0", After = after, Line = line, LineRule = W.LineSpacingRuleValues.Exact };

    private static W.Indentation NoIndent() => new() { FirstLineChars = 0, FirstLine = "0" };
}
