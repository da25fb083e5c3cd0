using Microsoft.Extensions.Options;

namespace ReviewBot.Documents;

/// <summary>Checks <see cref="DocumentFormatOptions"/> at start-up and names every bad setting by its key.</summary>
public sealed class DocumentFormatOptionsValidator : IValidateOptions<DocumentFormatOptions>
{
    private const double A4ShortMm = 210;
    private const double A4LongMm = 297;
    private const double MinTextBlockMm = 50;

    public ValidateOptionsResult Validate(string? name, DocumentFormatOptions options)
    {
        var errors = Errors(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>The problems with <paramref name="options"/>, each naming its configuration key; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(DocumentFormatOptions options) => Errors(options, loadTemplate: true);

    internal static IReadOnlyList<string> Errors(DocumentFormatOptions options, bool loadTemplate)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        const string s = DocumentFormatOptions.SectionName;

        CheckFont(errors, $"{s}:Fonts:Title", options.Fonts.Title);
        CheckFont(errors, $"{s}:Fonts:Heading", options.Fonts.Heading);
        CheckFont(errors, $"{s}:Fonts:LeadIn", options.Fonts.LeadIn);
        CheckFont(errors, $"{s}:Fonts:Body", options.Fonts.Body);
        CheckFont(errors, $"{s}:Fonts:PageNumber", options.Fonts.PageNumber);
        if (string.IsNullOrWhiteSpace(options.Fonts.Latin))
            errors.Add($"{s}:Fonts:Latin must name a font (e.g. Times New Roman).");

        var sizes = options.Sizes;
        CheckSize(errors, $"{s}:Sizes:TitlePt", sizes.TitlePt);
        CheckSize(errors, $"{s}:Sizes:BodyPt", sizes.BodyPt);
        CheckSize(errors, $"{s}:Sizes:HeadingPt", sizes.HeadingPt);
        CheckSize(errors, $"{s}:Sizes:LeadInPt", sizes.LeadInPt);
        CheckSize(errors, $"{s}:Sizes:PageNumberPt", sizes.PageNumberPt);
        CheckSize(errors, $"{s}:Sizes:TablePt", sizes.TablePt);

        var largestLine = Math.Max(sizes.BodyPt, Math.Max(sizes.HeadingPt, sizes.LeadInPt));
        if (!(options.LineSpacingPt >= largestLine && options.LineSpacingPt <= 72))
            errors.Add($"{s}:LineSpacingPt is {options.LineSpacingPt}; it must be at least the text size ({largestLine} pt) and at most 72 pt, or lines are clipped.");

        CheckMargins(errors, $"{s}:Margins", options.Margins, A4ShortMm, A4LongMm);
        CheckMargins(errors, $"{s}:TableMargins", options.TableMargins, A4LongMm, A4ShortMm);
        if (!(options.FooterDistanceMm >= 0 && options.FooterDistanceMm <= options.Margins.BottomMm))
            errors.Add($"{s}:FooterDistanceMm is {options.FooterDistanceMm}; it must lie between 0 and the bottom margin ({options.Margins.BottomMm} mm).");

        if (options.CharactersPerLine != 0 && options.CharactersPerLine is < 10 or > 60)
            errors.Add($"{s}:CharactersPerLine is {options.CharactersPerLine}; use 10–60, or 0 for no character grid.");

        CheckTemplate(errors, $"{s}:TemplatePath", options.TemplatePath, loadTemplate);
        return errors;
    }

    private static void CheckFont(List<string> errors, string key, FontChoice? font)
    {
        if (font is null || string.IsNullOrWhiteSpace(font.Name))
            errors.Add($"{key}:Name must name a font.");
        else if (font.Name.Length > 31)
            errors.Add($"{key}:Name '{font.Name}' is longer than Word's 31-character limit for font names.");
    }

    private static void CheckSize(List<string> errors, string key, double points)
    {
        if (!(points >= 5 && points <= 72))
            errors.Add($"{key} is {points}; font sizes must be between 5 and 72 points.");
    }

    private static void CheckMargins(List<string> errors, string key, PageMargins? margins, double widthMm, double heightMm)
    {
        if (margins is null)
        {
            errors.Add($"{key} is missing.");
            return;
        }

        foreach (var (side, mm) in new[] { ("TopMm", margins.TopMm), ("BottomMm", margins.BottomMm), ("LeftMm", margins.LeftMm), ("RightMm", margins.RightMm) })
        {
            if (!(mm >= 0 && mm <= 100))
                errors.Add($"{key}:{side} is {mm}; margins must be between 0 and 100 mm.");
        }

        if (widthMm - margins.LeftMm - margins.RightMm < MinTextBlockMm || heightMm - margins.TopMm - margins.BottomMm < MinTextBlockMm)
            errors.Add($"{key} leave less than {MinTextBlockMm} mm for the text on an A4 page.");
    }

    private static void CheckTemplate(List<string> errors, string key, string? path, bool load)
    {
        if (string.IsNullOrWhiteSpace(path))
            return;
        if (!File.Exists(path))
        {
            errors.Add($"{key} '{path}' does not exist.");
            return;
        }

        if (!load)
            return;

        try
        {
            DocumentTemplate.LoadFile(path);
        }
        catch (InvalidDocumentTemplateException ex)
        {
            errors.Add($"{key} '{path}': {ex.Message}");
        }
    }
}
