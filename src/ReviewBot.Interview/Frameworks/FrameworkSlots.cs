namespace ReviewBot.Interview.Frameworks;

/// <summary>The named slots each kind of template may use.</summary>
public static class FrameworkSlots
{
    /// <summary>Preamble pieces: who, which meeting, what was studied, counts the user gives, the aspect list.</summary>
    public static readonly IReadOnlySet<string> Preamble = new HashSet<string>(StringComparer.Ordinal)
    {
        "unit", "year", "meetingTitle", "theme", "subject", "subjectFull", "subjectPart", "studyList",
        "aspectList", "aspectCount", "opinionCount", "talkCount", "name", "post", "portfolio",
    };

    public static readonly IReadOnlySet<string> MeetingTitle = new HashSet<string>(StringComparer.Ordinal) { "year" };

    public static readonly IReadOnlySet<string> DocumentTitle = new HashSet<string>(StringComparer.Ordinal)
    {
        "unit", "meetingTitle", "name", "post", "year",
    };

    public static readonly IReadOnlySet<string> AspectHeading = new HashSet<string>(StringComparer.Ordinal) { "name" };

    /// <summary>Cause and measure paragraphs are written in the subject's voice.</summary>
    public static readonly IReadOnlySet<string> Voice = new HashSet<string>(StringComparer.Ordinal)
    {
        "subject", "subjectFull", "subjectPart",
    };

    public static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);
}
