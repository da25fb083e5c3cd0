using ReviewBot.Drafts.Composition;

namespace ReviewBot.Documents;

/// <summary>
/// Which blocks of a material to export: all of it, one part (e.g. 原因分析 with its heading), or one aspect of
/// 存在的突出问题 (the part heading and that aspect's paragraphs). The title is always kept.
/// </summary>
public sealed record DocumentSelection
{
    private DocumentSelection(DocumentPart? part, int? aspectIndex)
    {
        Part = part;
        AspectIndex = aspectIndex;
    }

    public static DocumentSelection Whole { get; } = new(null, null);

    public static DocumentSelection OfPart(DocumentPart part) => new(part, null);

    /// <param name="aspectIndex">The 0-based aspect, as in <see cref="Paragraph.AspectIndex"/>.</param>
    public static DocumentSelection OfAspect(int aspectIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(aspectIndex);
        return new(DocumentPart.Problems, aspectIndex);
    }

    /// <summary>The part kept, or null for the whole material.</summary>
    public DocumentPart? Part { get; }

    /// <summary>The aspect kept within <see cref="DocumentPart.Problems"/>, or null for every aspect.</summary>
    public int? AspectIndex { get; }

    /// <summary>
    /// The selected blocks in their original order. When nothing matches (the part is not written yet), the
    /// result has no blocks; check <see cref="ComposedDocument.Blocks"/> before offering the file.
    /// </summary>
    public ComposedDocument Apply(ComposedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (Part is null)
            return document;

        var blocks = document.Blocks.Where(Keeps).ToList();
        if (AspectIndex is not null && !blocks.OfType<Paragraph>().Any())
            blocks.Clear(); // a heading alone is not an export of that aspect
        return document with { Blocks = blocks };
    }

    private bool Keeps(DocumentBlock block) => block.Part == Part && (AspectIndex is null || block switch
    {
        SectionHeading => true,
        Paragraph paragraph => paragraph.AspectIndex == AspectIndex,
        _ => false,
    });
}
