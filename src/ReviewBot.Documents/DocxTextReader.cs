using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents;

/// <summary>
/// The plain text of a .docx: one line per paragraph of the body (tables row by row, cells separated by a tab), for
/// importing last year's material. A file that is not a Word document gives an <see cref="InvalidDataException"/>.
/// </summary>
public static class DocxTextReader
{
    public static string Read(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        try
        {
            using var document = WordprocessingDocument.Open(docx, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("文件里没有正文。");
            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                foreach (var element in paragraph.Descendants())
                {
                    switch (element)
                    {
                        case Text t:
                            text.Append(t.Text);
                            break;
                        case TabChar:
                            text.Append('\t');
                            break;
                        case Break:
                            text.Append('\n');
                            break;
                    }
                }
                text.Append('\n');
            }
            return text.ToString();
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException)
        {
            throw new InvalidDataException("这不是可以读取的 Word（.docx）文件。", e);
        }
    }
}
