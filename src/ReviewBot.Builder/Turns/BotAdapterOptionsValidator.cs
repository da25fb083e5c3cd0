using Microsoft.Extensions.Options;

namespace ReviewBot.Builder.Turns;

/// <summary>Start-up checks of <see cref="BotAdapterOptions"/> (section <c>BotAdapter</c>).</summary>
public sealed class BotAdapterOptionsValidator : IValidateOptions<BotAdapterOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAdapterOptions options)
    {
        var errors = new List<string>();
        if (options.TypingDelay < TimeSpan.Zero || options.TypingInterval <= TimeSpan.Zero)
        {
            errors.Add("BotAdapter:TypingDelay must not be negative and BotAdapter:TypingInterval must be positive.");
        }
        if (options.MaxConflictRetries is < 0 or > 20)
        {
            errors.Add($"BotAdapter:MaxConflictRetries {options.MaxConflictRetries} must be between 0 and 20.");
        }
        if (options.RememberedActivityIds < 1)
        {
            errors.Add($"BotAdapter:RememberedActivityIds {options.RememberedActivityIds} must be at least 1.");
        }
        if (options.LiveStateMegabytes is < 0 or > 65536)
        {
            errors.Add($"BotAdapter:LiveStateMegabytes {options.LiveStateMegabytes} must be between 0 (off) and 65536.");
        }
        if (options.LiveStateIdleExpiry <= TimeSpan.Zero)
        {
            errors.Add("BotAdapter:LiveStateIdleExpiry must be positive.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
