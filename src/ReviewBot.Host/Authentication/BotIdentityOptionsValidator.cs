using Microsoft.Extensions.Options;

namespace ReviewBot.Host.Authentication;

internal sealed class BotIdentityOptionsValidator : IValidateOptions<BotIdentityOptions>
{
    private static readonly string[] KnownTypes = [BotIdentityOptions.MultiTenant, BotIdentityOptions.SingleTenant, BotIdentityOptions.UserAssignedMsi];

    public ValidateOptionsResult Validate(string? name, BotIdentityOptions options)
    {
        var errors = new List<string>();
        var type = options.MicrosoftAppType;
        if (!string.IsNullOrWhiteSpace(type) && !KnownTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"MicrosoftAppType '{type}' is not one of {string.Join(", ", KnownTypes)} (or empty for MultiTenant).");
        }
        if (options.MicrosoftAppId is { } appId && appId.Length > 0 && (appId.Trim() != appId || appId.Any(char.IsWhiteSpace)))
        {
            errors.Add("MicrosoftAppId contains white space; copy the id exactly as shown in the Azure Bot registration.");
        }
        if (options.AuthenticationEnabled && options.IsTenantBound && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            errors.Add($"MicrosoftAppType {type} requires MicrosoftAppTenantId (the directory id of the bot's tenant).");
        }
        if (!options.AuthenticationEnabled && !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            errors.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty; set both, or neither for local development.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
