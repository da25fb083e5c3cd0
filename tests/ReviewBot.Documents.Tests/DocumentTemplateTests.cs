using ReviewBot.Documents.Tests.Fixtures;
using ReviewBot.Documents.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents.Tests;

/// <summary>A unit's own .dotx as the style source.</summary>
public sealed class DocumentTemplateTests : IDisposable
{
    private static readonly DocumentMetadata Metadata = new("对照检查材料", "市数据资源管理局党组", new DateTimeOffset(2024, 1, 15, 0, 0, 0, TimeSpan.Zero));
    private readonly DocxReader docx;

    public DocumentTemplateTests()
    {
        var template = DocumentTemplate.Load(TemplateFactory.CreateDotx());
        docx = new DocxReader(new DocxWriter(new DocumentFormatOptions(), template).Write(SampleDraft.Create(), Metadata));
    }

    [Fact]
    public void File_made_with_a_template_passes_OpenXml_validation_with_zero_errors() => Assert.Empty(docx.ValidationErrors());

    [Fact]
    public void Template_styles_replace_the_defaults()
    {
        var body = docx.Paragraphs[1];
        var run = body.Elements<W.Run>().First();
        Assert.Equal(TemplateFactory.NormalFont, docx.EastAsiaFont(body, run));
        Assert.Equal(TemplateFactory.NormalHalfPoints, docx.HalfPoints(body, run));
        Assert.Equal(TemplateFactory.LineTwips, docx.Spacing(body)!.Line!.Value);

        var heading = docx.Paragraphs.Single(p => p.InnerText == "三、原因分析");
        Assert.Equal(TemplateFactory.HeadingFont, docx.EastAsiaFont(heading, heading.Elements<W.Run>().Single()));
    }

    [Fact]
    public void Styles_the_template_lacks_are_added_from_the_options()
    {
        var aspect = docx.Paragraphs.Single(p => p.InnerText.StartsWith("（一）在“理论学习”", StringComparison.Ordinal));
        Assert.Equal("楷体_GB2312", docx.EastAsiaFont(aspect, aspect.Elements<W.Run>().First()));
        Assert.Equal("宋体", docx.EastAsiaFont(docx.FooterParagraph(), docx.FooterParagraph().Elements<W.Run>().First()));
    }

    [Fact]
    public void Template_page_setup_is_used_with_our_page_number_footer_instead_of_its_header()
    {
        var margin = docx.Section.GetFirstChild<W.PageMargin>()!;
        Assert.Equal(TemplateFactory.TopTwips, margin.Top!.Value);
        Assert.Equal(TemplateFactory.LeftTwips, margin.Left!.Value);
        Assert.Empty(docx.Section.Elements<W.HeaderReference>());
        Assert.Null(docx.Section.GetFirstChild<W.TitlePage>());
        Assert.Equal(" PAGE ", docx.FooterParagraph().Descendants<W.FieldCode>().Single().Text);
    }

    [Fact]
    public void Rectification_table_with_a_template_keeps_landscape_and_validates()
    {
        var writer = new RectificationTableWriter(new DocumentFormatOptions(), DocumentTemplate.Load(TemplateFactory.CreateDotx()));
        using var table = new DocxReader(writer.Write(SampleRectification.Create(), Metadata));
        Assert.Empty(table.ValidationErrors());
        Assert.Equal(W.PageOrientationValues.Landscape, table.Section.GetFirstChild<W.PageSize>()!.Orient!.Value);
    }

    [Fact]
    public void Template_path_in_options_is_loaded_by_the_writer()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reviewbot-template-{Guid.NewGuid():N}.dotx");
        File.WriteAllBytes(path, TemplateFactory.CreateDotx());
        try
        {
            var writer = new DocxWriter(new DocumentFormatOptions { TemplatePath = path });
            using var fromPath = new DocxReader(writer.Write(SampleDraft.Create(), Metadata));
            Assert.Equal(TemplateFactory.TopTwips, fromPath.Section.GetFirstChild<W.PageMargin>()!.Top!.Value);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_Word_document_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidDocumentTemplateException>(() => DocumentTemplate.Load("这不是一个 Word 文件"u8.ToArray()));
        Assert.Contains("not a readable Word document", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => docx.Dispose();
}
