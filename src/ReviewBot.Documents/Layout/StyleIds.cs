namespace ReviewBot.Documents.Layout;

/// <summary>
/// Style ids the writer uses. Built-in ids (Normal, Title, Heading1, Footer) so a unit's template that restyles
/// them takes effect, and Word's navigation pane lists the 一、 headings.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Footer = "Footer";

    /// <summary>Character style of the run-in （一） heading sentence (楷体).</summary>
    public const string LeadIn = "LeadIn";

    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
}
