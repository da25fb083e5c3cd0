using System.Text.RegularExpressions;
using ReviewBot.Drafts.Composition;

namespace ReviewBot.Documents;

/// <summary>
/// Finds leftover 【待补…】 placeholders (facts the user has not supplied yet) so the export can warn and ask
/// before they go into a file.
/// </summary>
public static partial class PlaceholderScan
{
    public static PlaceholderReport Find(ComposedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<PlaceholderLocation>();
        Collect(found, document.Title, blockIndex: null, part: null, aspectIndex: null);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            Collect(found, block.PlainText, i, block.Part, (block as Paragraph)?.AspectIndex);
        }

        return new PlaceholderReport(found);
    }

    /// <summary>
    /// 【待补】, 【待补：日期】, 【待补充…】; an unclosed 【待补 runs to the next 【 or the end of the line.
    /// </summary>
    [GeneratedRegex(@"【待补[^】【\n]*】?", RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();

    private static void Collect(List<PlaceholderLocation> found, string text, int? blockIndex, DocumentPart? part, int? aspectIndex)
    {
        foreach (Match match in Pattern().Matches(text))
            found.Add(new PlaceholderLocation(blockIndex, part, aspectIndex, match.Index, match.Value));
    }
}

/// <summary>Every placeholder found, in document order.</summary>
public sealed record PlaceholderReport(IReadOnlyList<PlaceholderLocation> Locations)
{
    public int Count => Locations.Count;
    public bool Any => Locations.Count > 0;
}

/// <summary>
/// One placeholder. <paramref name="BlockIndex"/> indexes <see cref="ComposedDocument.Blocks"/> (null: in the
/// title); <paramref name="Offset"/> is the position within that block's plain text.
/// </summary>
public sealed record PlaceholderLocation(int? BlockIndex, DocumentPart? Part, int? AspectIndex, int Offset, string Placeholder);
