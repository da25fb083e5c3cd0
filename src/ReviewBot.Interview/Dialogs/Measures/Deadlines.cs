using ReviewBot.Dialogs.Dates;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Dialogs.Measures;

/// <summary>Turns the user's 完成时限 words into a <see cref="Deadline"/>, keeping the words.</summary>
public static class Deadlines
{
    public static Deadline? Resolve(string? text, DateOnly today)
    {
        if (ChineseDateResolver.Resolve(text, today) is not { } resolved)
        {
            return null;
        }
        var kind = resolved.Kind switch
        {
            DateResolutionKind.Immediate => DeadlineKind.Immediate,
            DateResolutionKind.Ongoing => DeadlineKind.Ongoing,
            _ => DeadlineKind.Date,
        };
        return new Deadline(kind, resolved.Date, text!.Trim());
    }

    public static string Describe(Deadline deadline) => deadline.Kind switch
    {
        DeadlineKind.Immediate => "立行立改",
        DeadlineKind.Ongoing => "长期坚持",
        _ => deadline.Date is { } date ? $"{date.Year}年{date.Month}月{date.Day}日前" : deadline.Text,
    };
}
