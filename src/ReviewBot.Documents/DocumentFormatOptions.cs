namespace ReviewBot.Documents;

/// <summary>
/// How exported Word files look. Defaults follow GB/T 9704-2012 (党政机关公文格式) as offices apply it to
/// 民主生活会 materials; bound from the <c>Documents</c> configuration section.
/// </summary>
public sealed class DocumentFormatOptions
{
    public const string SectionName = "Documents";

    /// <summary>Official font names, written into the East Asian slot of <c>w:rFonts</c>.</summary>
    public DocumentFonts Fonts { get; set; } = new();

    /// <summary>Font sizes in points (二号 = 22, 三号 = 16, 四号 = 14, 小四 = 12).</summary>
    public DocumentFontSizes Sizes { get; set; } = new();

    /// <summary>Margins of the portrait pages: 天头 37 mm, 订口 28 mm, leaving the 156 × 225 mm 版心.</summary>
    public PageMargins Margins { get; set; } = new() { TopMm = 37, BottomMm = 35, LeftMm = 28, RightMm = 26 };

    /// <summary>
    /// Margins of the landscape 整改清单 pages: the portrait margins turned a quarter clockwise, so the binding
    /// edge (订口) is at the top when the sheet is bound with the portrait pages.
    /// </summary>
    public PageMargins TableMargins { get; set; } = new() { TopMm = 28, BottomMm = 26, LeftMm = 35, RightMm = 37 };

    /// <summary>Fixed (exact) line spacing of the text, in points: 28 pt gives 22 lines in the 225 mm 版心.</summary>
    public double LineSpacingPt { get; set; } = 28;

    /// <summary>Characters per line (每行 28 字), reached by adjusting the body font's character spacing; 0 leaves the spacing alone.</summary>
    public int CharactersPerLine { get; set; } = 28;

    /// <summary>
    /// Distance from the bottom edge of the page to the footer. The page number should sit about 7 mm below the
    /// 版心; with a 35 mm bottom margin and a 四号 line that is about 24 mm.
    /// </summary>
    public double FooterDistanceMm { get; set; } = 24;

    /// <summary>Mark leftover 【待补…】 placeholders with a yellow highlight so they are easy to find in Word.</summary>
    public bool HighlightPlaceholders { get; set; } = true;

    /// <summary>
    /// Optional path of a unit's own .docx or .dotx. Its styles and page set-up replace the defaults above
    /// (styles it does not define are still added from these options).
    /// </summary>
    public string? TemplatePath { get; set; }
}

/// <summary>The fonts of each kind of text.</summary>
public sealed class DocumentFonts
{
    public FontChoice Title { get; set; } = new() { Name = "方正小标宋简体", AltName = "宋体" };
    public FontChoice Heading { get; set; } = new() { Name = "黑体", AltName = "SimHei" };
    public FontChoice LeadIn { get; set; } = new() { Name = "楷体_GB2312", AltName = "楷体" };
    public FontChoice Body { get; set; } = new() { Name = "仿宋_GB2312", AltName = "仿宋" };
    public FontChoice PageNumber { get; set; } = new() { Name = "宋体", AltName = "SimSun" };

    /// <summary>Font for Latin letters and digits in the text (the ascii/hAnsi slots).</summary>
    public string Latin { get; set; } = "Times New Roman";
}

/// <summary>
/// A font by its official name, and the name Word should try when that font is not installed (written as
/// <c>w:altName</c> in the font table): 仿宋_GB2312 is missing on most Windows 10+ machines, which have 仿宋.
/// </summary>
public sealed class FontChoice
{
    public string Name { get; set; } = string.Empty;
    public string? AltName { get; set; }
}

public sealed class DocumentFontSizes
{
    public double TitlePt { get; set; } = 22;
    public double BodyPt { get; set; } = 16;
    public double HeadingPt { get; set; } = 16;
    public double LeadInPt { get; set; } = 16;
    public double PageNumberPt { get; set; } = 14;

    /// <summary>Text in the 整改清单 table (小四).</summary>
    public double TablePt { get; set; } = 12;
}

public sealed class PageMargins
{
    public double TopMm { get; set; }
    public double BottomMm { get; set; }
    public double LeftMm { get; set; }
    public double RightMm { get; set; }
}
