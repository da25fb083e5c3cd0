using DocumentFormat.OpenXml;
using ReviewBot.Documents.Layout;
using ReviewBot.Drafts.Composition;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents;

/// <summary>
/// Writes a composed material — whole, one part or one aspect — as a .docx in the GB/T 9704-2012 layout:
/// title in 方正小标宋简体 二号, 一、 headings in 黑体, run-in （一） sentences in 楷体_GB2312, text in 仿宋_GB2312
/// 三号 with fixed 28 pt lines, and "— N —" page numbers. Thread-safe; register as a singleton.
/// </summary>
public sealed class DocxWriter
{
    private static readonly string[] LineBreaks = ["\r\n", "\n", "\r"];
    private readonly DocumentFormatOptions options;
    private readonly DocumentTemplate? template;

    /// <param name="template">
    /// A unit's style source; when null and <see cref="DocumentFormatOptions.TemplatePath"/> is set, that file is loaded.
    /// </param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public DocxWriter(DocumentFormatOptions options, DocumentTemplate? template = null)
    {
        this.options = OptionsGuard.Checked(options);
        this.template = template ?? OptionsGuard.TemplateFrom(options);
    }

    /// <summary>The same writer with another style source, e.g. the template a unit uploaded in chat.</summary>
    public DocxWriter WithTemplate(DocumentTemplate? newTemplate) => new(options, newTemplate);

    public byte[] Write(ComposedDocument document, DocumentMetadata metadata, DocumentSelection? selection = null)
    {
        using var buffer = new MemoryStream();
        WriteTo(buffer, document, metadata, selection);
        return buffer.ToArray();
    }

    /// <summary>Writes the file to <paramref name="output"/> (any writable stream; it is left open).</summary>
    public async Task WriteAsync(ComposedDocument document, DocumentMetadata metadata, Stream output,
        DocumentSelection? selection = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Write(document, metadata, selection);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    private void WriteTo(Stream buffer, ComposedDocument document, DocumentMetadata metadata, DocumentSelection? selection)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(metadata);
        var selected = (selection ?? DocumentSelection.Whole).Apply(document);
        WordPackage.Write(buffer, options, template, metadata, Content(selected),
            footerId => PageSetup.Portrait(options, footerId, template));
    }

    private List<OpenXmlElement> Content(ComposedDocument document)
    {
        var runs = new TextRuns(options.HighlightPlaceholders);
        var content = new List<OpenXmlElement>(document.Blocks.Count + 2);
        AddLines(content, runs, StyleIds.Title, document.Title, leadIn: string.Empty);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case SectionHeading heading:
                    AddLines(content, runs, StyleIds.Heading1, heading.Text, leadIn: string.Empty);
                    break;
                case Paragraph paragraph:
                    AddLines(content, runs, paragraphStyle: null, (paragraph.LeadIn ?? string.Empty) + paragraph.Body, paragraph.LeadIn ?? string.Empty);
                    break;
                default:
                    AddLines(content, runs, paragraphStyle: null, block.PlainText, leadIn: string.Empty);
                    break;
            }
        }

        return content;
    }

    /// <summary>
    /// One Word paragraph per line of <paramref name="text"/>, so the paragraphs joined by newlines give back the
    /// text; the first <paramref name="leadIn"/>.Length characters get the run-in heading style.
    /// </summary>
    private static void AddLines(List<OpenXmlElement> content, TextRuns runs, string? paragraphStyle, string text, string leadIn)
    {
        var leadInLeft = leadIn.Length;
        foreach (var line in text.Split(LineBreaks, StringSplitOptions.None))
        {
            var paragraph = new W.Paragraph();
            if (paragraphStyle is not null)
                paragraph.ParagraphProperties = new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = paragraphStyle } };

            var styled = Math.Min(leadInLeft, line.Length);
            runs.AppendTo(paragraph, line[..styled], StyleIds.LeadIn);
            runs.AppendTo(paragraph, line[styled..]);
            leadInLeft = Math.Max(0, leadInLeft - line.Length - 1);
            content.Add(paragraph);
        }
    }
}
