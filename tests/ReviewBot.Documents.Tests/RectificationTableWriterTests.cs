using ReviewBot.Documents.Tests.Fixtures;
using ReviewBot.Documents.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents.Tests;

public sealed class RectificationTableWriterTests : IDisposable
{
    private static readonly DocumentMetadata Metadata = new("整改清单", "市数据资源管理局党组", new DateTimeOffset(2024, 1, 20, 0, 0, 0, TimeSpan.Zero));
    private readonly RectificationTable table = SampleRectification.Create();
    private readonly DocxReader docx;

    public RectificationTableWriterTests() =>
        docx = new DocxReader(new RectificationTableWriter(new DocumentFormatOptions()).Write(table, Metadata));

    [Fact]
    public void Table_file_passes_OpenXml_validation_with_zero_errors() => Assert.Empty(docx.ValidationErrors());

    [Fact]
    public void Section_is_A4_landscape()
    {
        var size = docx.Section.GetFirstChild<W.PageSize>()!;
        Assert.Equal(W.PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.Equal(16838u, size.Width!.Value);
        Assert.Equal(11906u, size.Height!.Value);
        Assert.Single(docx.Body.Elements<W.SectionProperties>());
        Assert.DoesNotContain(docx.Body.Descendants<W.ParagraphProperties>(), p => p.SectionProperties is not null);
    }

    [Fact]
    public void Title_stands_above_the_table()
    {
        var first = docx.Body.ChildElements[0];
        var title = Assert.IsType<W.Paragraph>(first);
        Assert.Equal(table.Title, title.InnerText);
        Assert.Equal("方正小标宋简体", docx.EastAsiaFont(title, title.Elements<W.Run>().First()));
        Assert.IsType<W.Table>(docx.Body.ChildElements[1]);
    }

    [Fact]
    public void Header_row_names_the_seven_columns_and_repeats_on_each_page()
    {
        var rows = docx.Body.Elements<W.Table>().Single().Elements<W.TableRow>().ToList();
        var header = rows[0];
        Assert.Equal(
            ["序号", "问题类别", "问题表现", "整改措施", "责任领导/责任人", "完成时限", "状态"],
            header.Elements<W.TableCell>().Select(c => c.InnerText));
        Assert.NotNull(header.TableRowProperties!.GetFirstChild<W.TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<W.TableHeader>()));

        var headerCell = header.Elements<W.TableCell>().First().Elements<W.Paragraph>().Single();
        Assert.Equal("黑体", docx.EastAsiaFont(headerCell, headerCell.Elements<W.Run>().Single()));
    }

    [Fact]
    public void Rows_are_numbered_in_order_and_keep_every_field()
    {
        var rows = docx.Body.Elements<W.Table>().Single().Elements<W.TableRow>().Skip(1).ToList();
        Assert.Equal(table.Rows.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var expected = table.Rows[i];
            var cells = rows[i].Elements<W.TableCell>()
                .Select(c => string.Join('\n', c.Elements<W.Paragraph>().Select(p => p.InnerText)))
                .ToList();
            Assert.Equal([(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), expected.Category, expected.Problem, expected.Measures, expected.Responsible, expected.Deadline, expected.Status], cells);
        }
    }

    [Fact]
    public void Columns_fill_the_landscape_text_width()
    {
        var grid = docx.Body.Elements<W.Table>().Single().GetFirstChild<W.TableGrid>()!;
        var total = grid.Elements<W.GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));
        var margins = docx.Section.GetFirstChild<W.PageMargin>()!;
        var textWidth = 16838 - (int)margins.Left!.Value - (int)margins.Right!.Value;
        Assert.InRange(total, textWidth - 10, textWidth);
    }

    [Fact]
    public void Table_file_has_the_page_number_footer_and_core_properties()
    {
        var footer = docx.FooterParagraph().Elements<W.Run>().ToList();
        Assert.Equal("— ", footer.First().InnerText);
        Assert.Equal("PAGE", footer.SelectMany(r => r.Elements<W.FieldCode>()).Single().Text.Trim());
        Assert.Equal(" —", footer.Last().InnerText);
        Assert.Equal("整改清单", docx.Document.PackageProperties.Title);
        Assert.Equal("市数据资源管理局党组", docx.Document.PackageProperties.Creator);
    }

    public void Dispose() => docx.Dispose();
}
