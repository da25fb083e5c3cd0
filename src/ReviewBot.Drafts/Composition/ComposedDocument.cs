namespace ReviewBot.Drafts.Composition;

/// <summary>
/// The finished text of a material as an ordered list of blocks — the one form both the chat view and the
/// Word writer render, so the two always say the same thing.
/// </summary>
public sealed record ComposedDocument(string Title, IReadOnlyList<DocumentBlock> Blocks)
{
    /// <summary>The plain text: title, then each block on its own line.</summary>
    public string ToPlainText() =>
        string.Join('\n', new[] { Title }.Concat(Blocks.Select(b => b.PlainText)));
}

/// <summary>Which part of the material a block belongs to (for exporting one section alone).</summary>
public enum DocumentPart
{
    Preamble,
    PreviousRectification,
    Problems,
    Causes,
    Measures,
}

public abstract record DocumentBlock(DocumentPart Part)
{
    public abstract string PlainText { get; }
}

/// <summary>A part heading such as 一、存在的突出问题 (黑体, on its own line).</summary>
public sealed record SectionHeading(DocumentPart Part, string Text) : DocumentBlock(Part)
{
    public override string PlainText => Text;
}

/// <summary>
/// A body paragraph. <paramref name="LeadIn"/> is a run-in heading such as （一）在“理论学习”方面的对照检查情况。 that
/// opens the paragraph (楷体 in Word) and is followed by <paramref name="Body"/> on the same line.
/// <paramref name="AspectIndex"/> is the 0-based aspect for problem paragraphs (to export one aspect).
/// </summary>
public sealed record Paragraph(DocumentPart Part, string? LeadIn, string Body, int? AspectIndex = null) : DocumentBlock(Part)
{
    public override string PlainText => (LeadIn ?? string.Empty) + Body;
}
