using ReviewBot.Drafts.Composition;

namespace ReviewBot.Documents.Tests;

public sealed class DocxTextReaderTests
{
    [Fact]
    public void Reads_back_every_paragraph_the_writer_wrote_one_per_line()
    {
        var document = new ComposedDocument("材料", [
            new SectionHeading(DocumentPart.Problems, "一、存在的问题"),
            new Paragraph(DocumentPart.Problems, "（一）在学习方面。", "一是学得不深。二是用得不够。"),
            new SectionHeading(DocumentPart.Measures, "二、整改措施"),
            new Paragraph(DocumentPart.Measures, "（一）订计划。", "每季度一次。"),
        ]);
        var bytes = new DocxWriter(new DocumentFormatOptions()).Write(document, new DocumentMetadata("材料", "某局", DateTimeOffset.UnixEpoch));

        var lines = DocxTextReader.Read(new MemoryStream(bytes)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("一、存在的问题", lines);
        Assert.Contains("（一）在学习方面。一是学得不深。二是用得不够。", lines);
        Assert.Contains("（一）订计划。每季度一次。", lines);
    }

    [Fact]
    public void A_file_that_is_not_a_word_document_is_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => DocxTextReader.Read(new MemoryStream("不是文档"u8.ToArray())));
    }
}
