using Microsoft.Extensions.Options;

namespace ReviewBot.Files;

/// <summary>Rejects <c>Files</c> settings that would break delivery, naming the key and the fix.</summary>
internal sealed class FilesOptionsValidator : IValidateOptions<FilesOptions>
{
    internal const int MaxUploadBytes = 50 * 1024 * 1024;
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(7);

    public ValidateOptionsResult Validate(string? name, FilesOptions options)
    {
        var errors = new List<string>();
        ValidateBaseUrl(options, errors);
        RequireRange(errors, "LinkLifetime", options.LinkLifetime, TimeSpan.FromMinutes(1), MaxLifetime);
        RequireRange(errors, "ConsentLifetime", options.ConsentLifetime, TimeSpan.FromMinutes(1), MaxLifetime);
        RequireRange(errors, "UploadTimeout", options.UploadTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        if (options.SweepInterval != TimeSpan.Zero)
        {
            RequireRange(errors, "SweepInterval", options.SweepInterval, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
        }
        if (options.MaxFileBytes is < 1 or > MaxUploadBytes)
        {
            errors.Add($"Files:MaxFileBytes is {options.MaxFileBytes}; use 1 to {MaxUploadBytes} (larger uploads would need chunking).");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateBaseUrl(FilesOptions options, List<string> errors)
    {
        var value = options.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(value))
        {
            if (options.BotHasAppId)
            {
                errors.Add("Files:PublicBaseUrl is empty but MicrosoftAppId is set: Teams users cannot reach the address this server listens on. "
                    + "Set it to the public https address of the bot, e.g. https://bot.example.org.");
            }
            return;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            errors.Add($"Files:PublicBaseUrl '{value}' is not an absolute http(s) address without query or fragment, e.g. https://bot.example.org.");
            return;
        }
        if (options.BotHasAppId && uri.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add($"Files:PublicBaseUrl '{value}' must use https when MicrosoftAppId is set: the links carry the users' documents.");
        }
    }

    private static void RequireRange(List<string> errors, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            errors.Add($"Files:{key} is {value}; use a value from {min} to {max}.");
        }
    }
}
