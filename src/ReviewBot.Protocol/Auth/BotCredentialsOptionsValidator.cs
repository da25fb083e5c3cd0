using Microsoft.Extensions.Options;

namespace ReviewBot.Protocol.Auth;

/// <summary>Start-up checks of <see cref="BotCredentialsOptions"/>, each failure naming the key to fix.</summary>
public sealed class BotCredentialsOptionsValidator : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        var errors = new List<string>();
        if (options.AppType is not { } type)
        {
            errors.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of SingleTenant, MultiTenant, UserAssignedMSI.");
            type = BotAppType.MultiTenant;
        }

        if (!options.HasAppId)
        {
            if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
            {
                errors.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty: set MicrosoftAppId too, or remove the password to run without authentication (local development only).");
            }
            return Result(errors);
        }

        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            errors.Add($"MicrosoftAppId '{options.MicrosoftAppId}' is not a GUID: use the Azure Bot's Microsoft App ID (or the managed identity's client id).");
        }
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        var hasPassword = !string.IsNullOrEmpty(options.MicrosoftAppPassword);
        switch (type)
        {
            case BotAppType.SingleTenant:
                if (!hasTenant)
                {
                    errors.Add("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId (the directory id of the tenant where the bot's app is registered).");
                }
                if (!hasPassword)
                {
                    errors.Add("MicrosoftAppType SingleTenant needs MicrosoftAppPassword (the app registration's client secret).");
                }
                break;
            case BotAppType.MultiTenant:
                if (!hasPassword)
                {
                    errors.Add("MicrosoftAppType MultiTenant needs MicrosoftAppPassword (the app registration's client secret).");
                }
                break;
            case BotAppType.UserAssignedMSI:
                if (!hasTenant)
                {
                    errors.Add("MicrosoftAppType UserAssignedMSI needs MicrosoftAppTenantId.");
                }
                if (hasPassword)
                {
                    errors.Add("MicrosoftAppType UserAssignedMSI takes no MicrosoftAppPassword: remove it (the managed identity has no secret).");
                }
                break;
        }
        if (hasTenant && !IsTenantId(options.MicrosoftAppTenantId!.Trim()))
        {
            errors.Add($"MicrosoftAppTenantId '{options.MicrosoftAppTenantId}' is neither a GUID nor a domain name.");
        }
        if (!Uri.TryCreate(options.MicrosoftLoginHost, UriKind.Absolute, out var login) || login.Scheme != Uri.UriSchemeHttps
            || login.Query.Length > 0 || login.AbsolutePath.Trim('/').Length > 0)
        {
            errors.Add($"MicrosoftLoginHost '{options.MicrosoftLoginHost}' must be an https URL without a path, e.g. https://login.microsoftonline.com.");
        }
        if (string.IsNullOrWhiteSpace(options.ToChannelFromBotOAuthScope))
        {
            errors.Add("ToChannelFromBotOAuthScope must not be empty (default https://api.botframework.com/.default).");
        }
        return Result(errors);
    }

    private static bool IsTenantId(string value) =>
        Guid.TryParse(value, out _)
        || (value.Contains('.') && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-'));

    private static ValidateOptionsResult Result(List<string> errors) =>
        errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
}
