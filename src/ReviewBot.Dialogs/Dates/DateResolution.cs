namespace ReviewBot.Dialogs.Dates;

/// <summary>A resolved deadline: its kind, the date (only for <see cref="DateResolutionKind.Date"/>) and the user's own words.</summary>
public sealed record DateResolution(DateResolutionKind Kind, DateOnly? Date, string Text)
{
    public static DateResolution OnDate(DateOnly date, string text) => new(DateResolutionKind.Date, date, text);
}
