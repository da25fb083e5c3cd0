using System.Globalization;
using DocumentFormat.OpenXml;
using ReviewBot.Documents.Layout;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents;

/// <summary>
/// Writes the 整改清单 as a .docx: one landscape A4 section, the title above, and a table whose header row
/// repeats on every page. Uses the same styles (and template styles) as <see cref="DocxWriter"/>. Thread-safe.
/// </summary>
public sealed class RectificationTableWriter
{
    private static readonly string[] LineBreaks = ["\r\n", "\n", "\r"];

    /// <summary>Header text, share of the table width (percent) and whether the column is centred.</summary>
    private static readonly (string Header, int Percent, bool Centred)[] Columns =
    [
        ("序号", 6, true),
        ("问题类别", 10, true),
        ("问题表现", 26, false),
        ("整改措施", 27, false),
        ("责任领导/责任人", 12, true),
        ("完成时限", 10, true),
        ("状态", 9, true),
    ];

    private readonly DocumentFormatOptions options;
    private readonly DocumentTemplate? template;

    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public RectificationTableWriter(DocumentFormatOptions options, DocumentTemplate? template = null)
    {
        this.options = OptionsGuard.Checked(options);
        this.template = template ?? OptionsGuard.TemplateFrom(options);
    }

    public RectificationTableWriter WithTemplate(DocumentTemplate? newTemplate) => new(options, newTemplate);

    public byte[] Write(RectificationTable table, DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(metadata);
        using var buffer = new MemoryStream();
        var runs = new TextRuns(options.HighlightPlaceholders);
        var title = new W.Paragraph(new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = StyleIds.Title } });
        runs.AppendTo(title, table.Title);
        WordPackage.Write(buffer, options, template, metadata, [title, Table(table.Rows, runs)],
            footerId => PageSetup.Landscape(options, footerId));
        return buffer.ToArray();
    }

    public async Task WriteAsync(RectificationTable table, DocumentMetadata metadata, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Write(table, metadata);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    private W.Table Table(IReadOnlyList<RectificationRow> rows, TextRuns runs)
    {
        var textWidth = PageSetup.LandscapeTextWidth(options);
        var widths = Columns.Select(c => textWidth * c.Percent / 100).ToArray();

        var table = new W.Table(
            new W.TableProperties
            {
                TableWidth = new W.TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                TableJustification = new W.TableJustification { Val = W.TableRowAlignmentValues.Center },
                TableBorders = Borders(),
                TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                TableCellMarginDefault = new W.TableCellMarginDefault(
                    new W.TopMargin { Width = "57", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellLeftMargin { Width = 85, Type = W.TableWidthValues.Dxa },
                    new W.BottomMargin { Width = "57", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellRightMargin { Width = 85, Type = W.TableWidthValues.Dxa }),
            },
            new W.TableGrid(widths.Select(w => new W.GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        table.Append(Row(Columns.Select(c => c.Header).ToArray(), widths, runs, header: true));
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            string[] cells = [(i + 1).ToString(CultureInfo.InvariantCulture), r.Category, r.Problem, r.Measures, r.Responsible, r.Deadline, r.Status];
            table.Append(Row(cells, widths, runs, header: false));
        }

        return table;
    }

    private static W.TableRow Row(string[] cells, int[] widths, TextRuns runs, bool header)
    {
        var row = new W.TableRow();
        if (header)
            row.Append(new W.TableRowProperties(new W.CantSplit(), new W.TableHeader()));

        for (var c = 0; c < cells.Length; c++)
        {
            var cell = new W.TableCell(new W.TableCellProperties
            {
                TableCellWidth = new W.TableCellWidth { Width = widths[c].ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                TableCellVerticalAlignment = new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center },
            });
            foreach (var line in (cells[c] ?? string.Empty).Split(LineBreaks, StringSplitOptions.None))
                cell.Append(CellParagraph(line, runs, header, Columns[c].Centred));
            row.Append(cell);
        }

        return row;
    }

    private static W.Paragraph CellParagraph(string text, TextRuns runs, bool header, bool centred)
    {
        var properties = new W.ParagraphProperties
        {
            ParagraphStyleId = new W.ParagraphStyleId { Val = header ? StyleIds.TableHeading : StyleIds.TableText },
        };
        if (!header && centred)
            properties.Justification = new W.Justification { Val = W.JustificationValues.Center };

        var paragraph = new W.Paragraph(properties);
        runs.AppendTo(paragraph, text);
        return paragraph;
    }

    private static W.TableBorders Borders()
    {
        static T Line<T>() where T : W.BorderType, new() =>
            new() { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" };

        return new W.TableBorders(
            Line<W.TopBorder>(), Line<W.LeftBorder>(), Line<W.BottomBorder>(), Line<W.RightBorder>(),
            Line<W.InsideHorizontalBorder>(), Line<W.InsideVerticalBorder>());
    }
}
