namespace ReviewBot.Drafts.Import;

/// <summary>
/// Last year's material as recognised by <see cref="MaterialImporter"/>: problems, causes and measures in document
/// order, the preamble, and every paragraph it could not place (kept verbatim, never dropped).
/// </summary>
public sealed record ImportedMaterial(
    string? Preamble,
    IReadOnlyList<ImportedItem> Problems,
    IReadOnlyList<ImportedItem> Causes,
    IReadOnlyList<ImportedItem> Measures,
    IReadOnlyList<string> Unrecognised)
{
    public bool IsEmpty => Problems.Count == 0 && Causes.Count == 0 && Measures.Count == 0;
}

/// <summary>
/// One recognised item. <paramref name="Group"/> is the heading it sits under (e.g. the aspect
/// 在“理论学习”方面的对照检查情况), <paramref name="Headline"/> its first sentence, <paramref name="Text"/> all of it.
/// </summary>
public sealed record ImportedItem(string? Group, string Headline, string Text);

/// <summary>The part of a material a heading opens.</summary>
public enum MaterialSection
{
    None,
    Problems,
    Causes,
    Measures,
    Other,
}
