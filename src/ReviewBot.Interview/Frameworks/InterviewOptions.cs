namespace ReviewBot.Interview.Frameworks;

/// <summary>Settings under "Interview".</summary>
public sealed class InterviewOptions
{
    public const string SectionName = "Interview";

    /// <summary>
    /// The dialogs/ data folder (frameworks, phrasing templates, 空话套话 list). Relative paths are looked up from the
    /// content root / current directory and the app's folder, walking up, so the repository's dialogs/ is found from bin.
    /// </summary>
    public string DialogsPath { get; set; } = "dialogs";
}
