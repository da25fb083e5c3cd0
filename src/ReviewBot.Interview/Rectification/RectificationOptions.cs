using Microsoft.Extensions.Options;

namespace ReviewBot.Interview.Rectification;

/// <summary>Settings in the <c>Rectification</c> section.</summary>
public sealed class RectificationOptions
{
    public const string SectionName = "Rectification";

    /// <summary>Remind this many days before a due date (0 = only when overdue).</summary>
    public int RemindDaysBefore { get; set; } = 7;

    /// <summary>Local hour (0–23, in the users' time zone) from which reminders of a day go out.</summary>
    public int RemindHour { get; set; } = 9;

    /// <summary>How often the reminder service looks for due measures.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Hosts (exact, or *.example.com) that 导入 may download attachments from; loopback is always allowed.</summary>
    public List<string> ImportHosts { get; set; } = [];

    /// <summary>Largest attachment 导入 reads.</summary>
    public int MaxImportBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Time zone for dates and the reminder hour.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}

internal sealed class RectificationOptionsValidator : IValidateOptions<RectificationOptions>
{
    public ValidateOptionsResult Validate(string? name, RectificationOptions options)
    {
        var errors = new List<string>();
        if (options.RemindDaysBefore is < 0 or > 90)
        {
            errors.Add($"Rectification:RemindDaysBefore must be between 0 and 90 (got {options.RemindDaysBefore}).");
        }
        if (options.RemindHour is < 0 or > 23)
        {
            errors.Add($"Rectification:RemindHour must be between 0 and 23 (got {options.RemindHour}).");
        }
        if (options.MaxImportBytes is < 1024 or > 50 * 1024 * 1024)
        {
            errors.Add("Rectification:MaxImportBytes must be between 1024 and 52428800.");
        }
        if (options.CheckInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add("Rectification:CheckInterval must be at least 00:00:01.");
        }
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            errors.Add($"Rectification:TimeZone '{options.TimeZone}' is not a known time zone.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
