namespace ReviewBot.Documents;

/// <summary>Shared constructor checks of the writers.</summary>
internal static class OptionsGuard
{
    public static DocumentFormatOptions Checked(DocumentFormatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = DocumentFormatOptionsValidator.Errors(options, loadTemplate: false);
        if (errors.Count > 0)
            throw new ArgumentException("Invalid document format options: " + string.Join(" ", errors), nameof(options));
        return options;
    }

    public static DocumentTemplate? TemplateFrom(DocumentFormatOptions options) =>
        string.IsNullOrWhiteSpace(options.TemplatePath) ? null : DocumentTemplate.LoadFile(options.TemplatePath);
}
