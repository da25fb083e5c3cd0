using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents;

/// <summary>
/// A unit's own .docx or .dotx used as the style source: its styles part and page set-up are copied into every
/// exported file. Load once and reuse; instances are immutable and thread-safe.
/// </summary>
public sealed class DocumentTemplate
{
    private readonly W.Styles styles;
    private readonly W.SectionProperties? section;

    private DocumentTemplate(W.Styles styles, W.SectionProperties? section)
    {
        this.styles = styles;
        this.section = section;
    }

    /// <summary>A fresh copy of the template's styles, to be placed in a new package.</summary>
    internal W.Styles CloneStyles() => (W.Styles)styles.CloneNode(true);

    /// <summary>A fresh copy of the template's last section properties, without references to its own parts.</summary>
    internal W.SectionProperties? CloneSection() => (W.SectionProperties?)section?.CloneNode(true);

    /// <exception cref="InvalidDocumentTemplateException">The bytes are not a Word document with styles.</exception>
    public static DocumentTemplate Load(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Load(new MemoryStream(bytes, writable: false));
    }

    /// <exception cref="InvalidDocumentTemplateException">The stream is not a Word document with styles.</exception>
    public static DocumentTemplate Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        try
        {
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var main = document.MainDocumentPart
                ?? throw new InvalidDocumentTemplateException("The file has no main document part.");
            var styles = main.StyleDefinitionsPart?.Styles
                ?? throw new InvalidDocumentTemplateException("The file has no styles part to take styles from.");
            var section = main.Document?.Body?.Elements<W.SectionProperties>().LastOrDefault();
            return new DocumentTemplate((W.Styles)styles.CloneNode(true), section is null ? null : WithoutPartReferences(section));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or InvalidOperationException)
        {
            throw new InvalidDocumentTemplateException("The file is not a readable Word document (.docx or .dotx).", ex);
        }
    }

    /// <exception cref="InvalidDocumentTemplateException">The file is not a Word document with styles.</exception>
    public static DocumentTemplate LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var file = File.OpenRead(path);
        return Load(file);
    }

    public static async Task<DocumentTemplate> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Load(bytes);
    }

    /// <summary>
    /// Drops what points at the template's own parts (headers, footers, printer settings), a different first page,
    /// and revision marks; the writer adds its own page-number footer.
    /// </summary>
    private static W.SectionProperties WithoutPartReferences(W.SectionProperties original)
    {
        var section = (W.SectionProperties)original.CloneNode(true);
        foreach (var child in section.ChildElements.ToList())
        {
            if (child is W.HeaderReference or W.FooterReference or W.PrinterSettingsReference or W.TitlePage or W.SectionPropertiesChange)
                child.Remove();
        }

        section.RsidR = null;
        section.RsidDel = null;
        section.RsidRPr = null;
        section.RsidSect = null;
        return section;
    }
}

/// <summary>A template file that cannot serve as a style source; the message says why.</summary>
public sealed class InvalidDocumentTemplateException : Exception
{
    public InvalidDocumentTemplateException(string message) : base(message) { }
    public InvalidDocumentTemplateException(string message, Exception inner) : base(message, inner) { }
}
