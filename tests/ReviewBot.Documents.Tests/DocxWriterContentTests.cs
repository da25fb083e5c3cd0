using ReviewBot.Documents.Tests.Fixtures;
using ReviewBot.Documents.Tests.Support;
using ReviewBot.Drafts.Composition;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents.Tests;

/// <summary>What goes into the file: valid packages, the chat draft's exact text, filtered exports, properties.</summary>
public sealed class DocxWriterContentTests
{
    private static readonly DocumentMetadata Metadata = new("对照检查材料", "市数据资源管理局党组", new DateTimeOffset(2024, 1, 15, 9, 0, 0, TimeSpan.FromHours(8)));
    private readonly DocxWriter writer = new(new DocumentFormatOptions());
    private readonly ComposedDocument draft = SampleDraft.Create();

    public static TheoryData<string> Selections => ["whole", .. Enum.GetNames<DocumentPart>(), "aspect:0", "aspect:3", "aspect:5"];

    private static DocumentSelection Parse(string name) => name switch
    {
        "whole" => DocumentSelection.Whole,
        _ when name.StartsWith("aspect:", StringComparison.Ordinal) => DocumentSelection.OfAspect(int.Parse(name["aspect:".Length..], System.Globalization.CultureInfo.InvariantCulture)),
        _ => DocumentSelection.OfPart(Enum.Parse<DocumentPart>(name)),
    };

    [Theory]
    [MemberData(nameof(Selections))]
    public void Every_export_passes_OpenXml_validation_with_zero_errors(string selection)
    {
        using var docx = new DocxReader(writer.Write(draft, Metadata, Parse(selection)));
        Assert.Empty(docx.ValidationErrors());
    }

    [Theory]
    [MemberData(nameof(Selections))]
    public void Paragraph_texts_equal_the_chat_draft_text(string selection)
    {
        var selected = Parse(selection).Apply(draft);
        using var docx = new DocxReader(writer.Write(draft, Metadata, Parse(selection)));
        Assert.Equal(selected.ToPlainText(), docx.Text);
    }

    [Fact]
    public void Sample_draft_is_a_six_aspect_material_of_about_six_thousand_characters()
    {
        Assert.InRange(draft.ToPlainText().Length, 5500, 7000);
        Assert.Equal(6, draft.Blocks.OfType<Paragraph>().Select(p => p.AspectIndex).OfType<int>().Distinct().Count());
    }

    [Fact]
    public void Part_export_contains_only_that_part()
    {
        using var docx = new DocxReader(writer.Write(draft, Metadata, DocumentSelection.OfPart(DocumentPart.Causes)));

        Assert.Equal(SampleDraft.Title, docx.Paragraphs[0].InnerText);
        Assert.Equal("三、原因分析", docx.Paragraphs[1].InnerText);
        Assert.Equal(7, docx.Paragraphs.Count); // title, heading, five causes
        Assert.DoesNotContain("存在的突出问题", docx.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("整改措施和努力方向", docx.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("现将对照检查情况报告如下", docx.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Aspect_export_contains_only_that_aspect_under_the_problems_heading()
    {
        using var docx = new DocxReader(writer.Write(draft, Metadata, DocumentSelection.OfAspect(1)));

        Assert.Equal(
            [SampleDraft.Title, "二、存在的突出问题"],
            docx.Paragraphs.Take(2).Select(p => p.InnerText));
        Assert.Equal(3, docx.Paragraphs.Count);
        Assert.StartsWith("（二）在“政治素质”方面", docx.Paragraphs[2].InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain("理论学习”方面", docx.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_properties_carry_title_author_and_date()
    {
        using var docx = new DocxReader(writer.Write(draft, Metadata));
        var properties = docx.Document.PackageProperties;
        Assert.Equal("对照检查材料", properties.Title);
        Assert.Equal("市数据资源管理局党组", properties.Creator);
        Assert.Equal(new DateTime(2024, 1, 15, 1, 0, 0, DateTimeKind.Utc), properties.Created!.Value.ToUniversalTime());
        Assert.Equal(properties.Created, properties.Modified);
    }

    [Fact]
    public void File_has_no_tracked_changes()
    {
        using var docx = new DocxReader(writer.Write(draft, Metadata));
        Assert.Null(docx.Main.DocumentSettingsPart!.Settings!.GetFirstChild<W.TrackRevisions>());
        Assert.Empty(docx.Body.Descendants<W.InsertedRun>());
        Assert.Empty(docx.Body.Descendants<W.DeletedRun>());
        Assert.Empty(docx.Body.Descendants<W.Inserted>());
        Assert.Empty(docx.Body.Descendants<W.Deleted>());
    }

    [Fact]
    public void Line_breaks_in_a_block_become_paragraphs_and_the_lead_in_stays_on_the_first()
    {
        var doc = new ComposedDocument("标题", [new Paragraph(DocumentPart.Measures, "（一）第一条。", "第一段。\n第二段。")]);
        using var docx = new DocxReader(writer.Write(doc, Metadata));

        Assert.Equal(doc.ToPlainText(), docx.Text);
        Assert.Equal("第二段。", docx.Paragraphs[2].InnerText);
        Assert.All(docx.Paragraphs[2].Elements<W.Run>(), r => Assert.Null(r.RunProperties?.RunStyle));
        Assert.Empty(docx.ValidationErrors());
    }

    [Fact]
    public void Control_characters_are_dropped_instead_of_failing_the_export()
    {
        var doc = new ComposedDocument("标题", [new Paragraph(DocumentPart.Preamble, null, "正文\u0001内容\u0007。😀")]);
        using var docx = new DocxReader(writer.Write(doc, Metadata));
        Assert.Equal("标题\n正文内容。😀", docx.Text);
    }

    [Fact]
    public async Task WriteAsync_writes_a_readable_file_to_a_non_seekable_stream()
    {
        var sink = new ForwardOnlyStream();
        await writer.WriteAsync(draft, Metadata, sink, DocumentSelection.OfPart(DocumentPart.Measures), CancellationToken.None);

        using var docx = new DocxReader(sink.Written.ToArray());
        Assert.Equal(DocumentSelection.OfPart(DocumentPart.Measures).Apply(draft).ToPlainText(), docx.Text);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_the_offending_keys()
    {
        var options = new DocumentFormatOptions { LineSpacingPt = 10 };
        options.Fonts.Body.Name = " ";
        var error = Assert.Throws<ArgumentException>(() => new DocxWriter(options));
        Assert.Contains("Documents:LineSpacingPt", error.Message, StringComparison.Ordinal);
        Assert.Contains("Documents:Fonts:Body:Name", error.Message, StringComparison.Ordinal);
    }

    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
