using ReviewBot.Documents.Tests.Fixtures;
using ReviewBot.Documents.Tests.Support;
using ReviewBot.Drafts.Composition;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents.Tests;

/// <summary>The GB/T 9704-2012 layout, asserted by reading the package back.</summary>
public sealed class DocxWriterFormatTests : IDisposable
{
    private static readonly DocumentMetadata Metadata = new("对照检查材料", "市数据资源管理局党组", new DateTimeOffset(2024, 1, 15, 9, 0, 0, TimeSpan.FromHours(8)));
    private readonly DocxReader docx = new(new DocxWriter(new DocumentFormatOptions()).Write(SampleDraft.Create(), Metadata));

    [Fact]
    public void Page_is_A4_portrait()
    {
        var size = docx.Section.GetFirstChild<W.PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        Assert.NotEqual(W.PageOrientationValues.Landscape, size.Orient?.Value);
    }

    [Fact]
    public void Margins_are_37_35_28_26_mm_in_twips()
    {
        var margin = docx.Section.GetFirstChild<W.PageMargin>()!;
        Assert.Equal(2098, margin.Top!.Value);     // 37 mm × 1440 / 25.4 = 2097.6
        Assert.Equal(1984, margin.Bottom!.Value);  // 35 mm = 1984.3
        Assert.Equal(1587u, margin.Left!.Value);   // 28 mm = 1587.4
        Assert.Equal(1474u, margin.Right!.Value);  // 26 mm = 1474.0
    }

    [Fact]
    public void Body_character_spacing_fits_exactly_28_characters_a_line_with_room_for_a_closing_mark()
    {
        var body = docx.Paragraphs[1];
        var spacing = docx.RunValue(body, body.Elements<W.Run>().First(), p => p.GetFirstChild<W.Spacing>()?.Val?.Value);
        Assert.NotNull(spacing);
        var pitch = 16 * 20 + spacing.Value;             // twips per character
        const int textWidth = 11906 - 1587 - 1474;      // the 156 mm 版心
        Assert.True(28.5 * pitch <= textWidth, $"28 characters and half a mark must fit at pitch {pitch}");
        Assert.True(29 * pitch > textWidth, $"a 29th character must not fit at pitch {pitch}");
    }

    [Fact]
    public void Lines_are_22_a_page_and_no_character_grid_is_used()
    {
        var grid = docx.Section.GetFirstChild<W.DocGrid>()!;
        Assert.Null(grid.Type);                          // Word's char grid is rendered badly elsewhere
        Assert.Equal(560, grid.LinePitch!.Value);
        const int textHeight = 16838 - 2098 - 1984;
        Assert.Equal(22, textHeight / 560);
    }

    [Fact]
    public void Title_is_xiaobiaosong_22_point_centred()
    {
        var title = docx.Paragraphs[0];
        var run = title.Elements<W.Run>().First();
        Assert.Equal("Title", docx.ParagraphStyleId(title));
        Assert.Equal("方正小标宋简体", docx.EastAsiaFont(title, run));
        Assert.Equal("44", docx.HalfPoints(title, run));
        Assert.Equal(W.JustificationValues.Center, docx.Justification(title));
        Assert.Equal(0, docx.Indentation(title)!.FirstLineChars!.Value);
    }

    [Fact]
    public void Body_is_fangsong_16_point_with_two_character_first_line_indent()
    {
        var preamble = docx.Paragraphs[1];
        var run = preamble.Elements<W.Run>().First();
        Assert.Equal("仿宋_GB2312", docx.EastAsiaFont(preamble, run));
        Assert.Equal("32", docx.HalfPoints(preamble, run));
        var indent = docx.Indentation(preamble)!;
        Assert.Equal(200, indent.FirstLineChars!.Value);
        Assert.Equal("640", indent.FirstLine!.Value); // 2 × 16 pt in twips, for readers that ignore firstLineChars
        Assert.Equal(W.JustificationValues.Both, docx.Justification(preamble));
    }

    [Fact]
    public void Every_body_paragraph_has_exact_28_point_line_spacing()
    {
        foreach (var paragraph in docx.Paragraphs)
        {
            var spacing = docx.Spacing(paragraph)!;
            Assert.Equal(W.LineSpacingRuleValues.Exact, spacing.LineRule!.Value);
            Assert.Equal("560", spacing.Line!.Value);
        }
    }

    [Fact]
    public void Section_headings_are_heiti_16_point()
    {
        var heading = docx.Paragraphs.Single(p => p.InnerText == "二、存在的突出问题");
        var run = heading.Elements<W.Run>().Single();
        Assert.Equal("Heading1", docx.ParagraphStyleId(heading));
        Assert.Equal("黑体", docx.EastAsiaFont(heading, run));
        Assert.Equal("32", docx.HalfPoints(heading, run));
    }

    [Fact]
    public void Only_the_run_in_heading_is_kaiti_and_the_body_continues_in_fangsong()
    {
        var aspect = docx.Paragraphs.Single(p => p.InnerText.StartsWith("（二）在“政治素质”方面", StringComparison.Ordinal));
        var runs = aspect.Elements<W.Run>().ToList();
        Assert.Equal("（二）在“政治素质”方面的对照检查情况。", runs[0].InnerText);
        Assert.Equal("楷体_GB2312", docx.EastAsiaFont(aspect, runs[0]));
        Assert.Equal("32", docx.HalfPoints(aspect, runs[0]));
        Assert.All(runs.Skip(1), run => Assert.Equal("仿宋_GB2312", docx.EastAsiaFont(aspect, run)));
        Assert.StartsWith("一是政治敏锐性", runs[1].InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_sit_in_the_east_asian_slot_with_latin_fallbacks_and_a_font_table()
    {
        var body = docx.Paragraphs[1];
        var run = body.Elements<W.Run>().First();
        Assert.Equal("Times New Roman", docx.AsciiFont(body, run));
        Assert.Equal("Times New Roman", docx.HighAnsiFont(body, run));
        Assert.Equal(W.FontTypeHintValues.EastAsia, run.RunProperties!.RunFonts!.Hint!.Value);

        var fonts = docx.Main.FontTablePart!.Fonts!.Elements<W.Font>().ToDictionary(f => f.Name!.Value!, f => f.GetFirstChild<W.AltName>()?.Val?.Value);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"]);
        Assert.Equal("楷体", fonts["楷体_GB2312"]);
        Assert.Equal("SimHei", fonts["黑体"]);
        Assert.Equal("宋体", fonts["方正小标宋简体"]);
        Assert.Contains("Times New Roman", fonts.Keys);
    }

    [Fact]
    public void Footer_shows_the_page_field_between_em_dashes_in_songti_14_point()
    {
        var footer = docx.FooterParagraph();
        var runs = footer.Elements<W.Run>().ToList();
        Assert.Equal("— ", runs.First().InnerText);
        Assert.Equal(" —", runs.Last().InnerText);
        Assert.Equal("PAGE", runs.SelectMany(r => r.Elements<W.FieldCode>()).Single().Text.Trim());
        Assert.Equal(
            [W.FieldCharValues.Begin, W.FieldCharValues.Separate, W.FieldCharValues.End],
            runs.SelectMany(r => r.Elements<W.FieldChar>()).Select(c => c.FieldCharType!.Value));
        Assert.Equal(W.JustificationValues.Center, docx.Justification(footer));
        Assert.Equal("宋体", docx.EastAsiaFont(footer, runs[0]));
        Assert.Equal("宋体", docx.AsciiFont(footer, runs[0]));
        Assert.Equal("28", docx.HalfPoints(footer, runs[0]));
    }

    [Fact]
    public void Options_override_fonts_sizes_margins_and_line_spacing()
    {
        var options = new DocumentFormatOptions { LineSpacingPt = 29, CharactersPerLine = 0 };
        options.Fonts.Body = new FontChoice { Name = "仿宋", AltName = "FangSong" };
        options.Sizes.TitlePt = 20;
        options.Margins.TopMm = 35;
        var doc = new ComposedDocument("标题", [new Paragraph(DocumentPart.Preamble, null, "正文。")]);

        using var custom = new DocxReader(new DocxWriter(options).Write(doc, Metadata));

        var title = custom.Paragraphs[0];
        var body = custom.Paragraphs[1];
        Assert.Equal("40", custom.HalfPoints(title, title.Elements<W.Run>().First()));
        Assert.Equal("仿宋", custom.EastAsiaFont(body, body.Elements<W.Run>().First()));
        Assert.Equal("580", custom.Spacing(body)!.Line!.Value);
        Assert.Equal(1984, custom.Section.GetFirstChild<W.PageMargin>()!.Top!.Value);
        Assert.Equal(580, custom.Section.GetFirstChild<W.DocGrid>()!.LinePitch!.Value);
        Assert.Null(custom.RunValue(body, body.Elements<W.Run>().First(), p => p.GetFirstChild<W.Spacing>()?.Val?.Value));
        Assert.Empty(custom.ValidationErrors());
    }

    [Fact]
    public void Placeholders_are_highlighted_without_changing_the_text()
    {
        var aspect = docx.Paragraphs.Single(p => p.InnerText.Contains("【待补：次数】", StringComparison.Ordinal));
        var marked = aspect.Elements<W.Run>().Single(r => r.RunProperties?.Highlight is not null);
        Assert.Equal("【待补：次数】", marked.InnerText);
        Assert.Equal(W.HighlightColorValues.Yellow, marked.RunProperties!.Highlight!.Val!.Value);
    }

    public void Dispose() => docx.Dispose();
}
