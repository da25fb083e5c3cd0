using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents.Tests.Support;

/// <summary>
/// Reads a generated .docx back, resolving a run's or paragraph's effective formatting the way Word does:
/// direct formatting, then the character style, then the paragraph style chain, then the document defaults.
/// </summary>
public sealed class DocxReader : IDisposable
{
    private readonly MemoryStream stream;

    public DocxReader(byte[] bytes)
    {
        stream = new MemoryStream(bytes, writable: false);
        Document = WordprocessingDocument.Open(stream, isEditable: false);
        Main = Document.MainDocumentPart ?? throw new InvalidOperationException("no main part");
        Styles = Main.StyleDefinitionsPart?.Styles ?? throw new InvalidOperationException("no styles");
    }

    public WordprocessingDocument Document { get; }
    public MainDocumentPart Main { get; }
    public W.Styles Styles { get; }
    public W.Body Body => Main.Document!.Body!;
    public IReadOnlyList<W.Paragraph> Paragraphs => Body.Elements<W.Paragraph>().ToList();
    public W.SectionProperties Section => Body.Elements<W.SectionProperties>().Single();

    /// <summary>The body paragraphs' texts joined by newlines.</summary>
    public string Text => string.Join('\n', Paragraphs.Select(p => p.InnerText));

    public IReadOnlyList<ValidationErrorInfo> ValidationErrors() =>
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(Document).ToList();

    public W.Style Style(string id) => Styles.Elements<W.Style>().Single(s => s.StyleId == id);

    public string? ParagraphStyleId(W.Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value
        ?? Styles.Elements<W.Style>().Single(s => s.Type?.Value == W.StyleValues.Paragraph && s.Default?.Value == true).StyleId?.Value;

    public string? EastAsiaFont(W.Paragraph paragraph, W.Run run) => RunValue(paragraph, run, p => p.GetFirstChild<W.RunFonts>()?.EastAsia?.Value);
    public string? AsciiFont(W.Paragraph paragraph, W.Run run) => RunValue(paragraph, run, p => p.GetFirstChild<W.RunFonts>()?.Ascii?.Value);
    public string? HighAnsiFont(W.Paragraph paragraph, W.Run run) => RunValue(paragraph, run, p => p.GetFirstChild<W.RunFonts>()?.HighAnsi?.Value);
    public string? HalfPoints(W.Paragraph paragraph, W.Run run) => RunValue(paragraph, run, p => p.GetFirstChild<W.FontSize>()?.Val?.Value);

    public W.SpacingBetweenLines? Spacing(W.Paragraph paragraph) =>
        ParagraphValue(paragraph, p => p.GetFirstChild<W.SpacingBetweenLines>() is { Line: not null } s ? s : null);

    public W.Indentation? Indentation(W.Paragraph paragraph) =>
        ParagraphValue(paragraph, p => p.GetFirstChild<W.Indentation>());

    public W.JustificationValues? Justification(W.Paragraph paragraph) =>
        ParagraphValue(paragraph, p => p.GetFirstChild<W.Justification>()?.Val?.Value);

    /// <summary>The footer paragraph of the section's default footer.</summary>
    public W.Paragraph FooterParagraph()
    {
        var reference = Section.Elements<W.FooterReference>().Single(f => f.Type?.Value == W.HeaderFooterValues.Default);
        var part = (FooterPart)Main.GetPartById(reference.Id!);
        return part.Footer!.Elements<W.Paragraph>().Single();
    }

    public T? RunValue<T>(W.Paragraph paragraph, W.Run run, Func<OpenXmlElement, T?> read)
    {
        if (run.RunProperties is { } direct && read(direct) is { } value)
            return value;
        if (run.RunProperties?.RunStyle?.Val?.Value is { } runStyle && FromStyleChain(runStyle, s => s.StyleRunProperties, read) is { } fromRunStyle)
            return fromRunStyle;
        if (ParagraphStyleId(paragraph) is { } paragraphStyle && FromStyleChain(paragraphStyle, s => s.StyleRunProperties, read) is { } fromParagraphStyle)
            return fromParagraphStyle;
        var defaults = Styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        return defaults is null ? default : read(defaults);
    }

    public T? ParagraphValue<T>(W.Paragraph paragraph, Func<OpenXmlElement, T?> read)
    {
        if (paragraph.ParagraphProperties is { } direct && read(direct) is { } value)
            return value;
        if (ParagraphStyleId(paragraph) is { } styleId && FromStyleChain(styleId, s => s.StyleParagraphProperties, read) is { } fromStyle)
            return fromStyle;
        var defaults = Styles.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle;
        return defaults is null ? default : read(defaults);
    }

    private T? FromStyleChain<T>(string styleId, Func<W.Style, OpenXmlElement?> properties, Func<OpenXmlElement, T?> read)
    {
        for (var style = Find(styleId); style is not null; style = style.BasedOn?.Val?.Value is { } parent ? Find(parent) : null)
        {
            if (properties(style) is { } element && read(element) is { } value)
                return value;
        }

        return default;
    }

    private W.Style? Find(string id) => Styles.Elements<W.Style>().SingleOrDefault(s => s.StyleId == id);

    public void Dispose()
    {
        Document.Dispose();
        stream.Dispose();
    }
}
