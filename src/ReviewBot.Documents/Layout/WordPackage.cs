using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewBot.Documents.Layout;

/// <summary>
/// Assembles a .docx: main document, styles, font table, settings, the page-number footer and core properties.
/// Nothing here records revisions, so files carry no tracked changes.
/// </summary>
internal static class WordPackage
{
    public static void Write(
        Stream output,
        DocumentFormatOptions options,
        DocumentTemplate? template,
        DocumentMetadata metadata,
        IEnumerable<OpenXmlElement> content,
        Func<string, W.SectionProperties> section)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = StyleSheet.Build(options, template);
        main.AddNewPart<FontTablePart>().Fonts = FontTable.Build(options);
        main.AddNewPart<DocumentSettingsPart>().Settings = Settings();

        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = PageSetup.PageNumberFooter();

        var body = new W.Body(content);
        body.Append(section(main.GetIdOfPart(footer)));
        main.Document = new W.Document(body);

        var properties = document.PackageProperties;
        properties.Title = metadata.Title;
        properties.Creator = metadata.Author;
        properties.LastModifiedBy = metadata.Author;
        properties.Created = metadata.Date.UtcDateTime;
        properties.Modified = metadata.Date.UtcDateTime;
        properties.Language = "zh-CN";
    }

    private static W.Settings Settings() => new(
        new W.Zoom { Percent = "100" },
        new W.DefaultTabStop { Val = 420 },
        new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.CompressPunctuation },
        new W.Compatibility(new W.CompatibilitySetting
        {
            Name = W.CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new W.ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
}
