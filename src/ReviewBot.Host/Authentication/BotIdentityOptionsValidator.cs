using Microsoft.Extensions.Options;

namespace ReviewBot.Host.Authentication;

/// <summary>
/// What inbound authentication adds to the checks of the shared Bot Framework keys; the type, tenant and secret rules
/// are the connector's (BotCredentialsOptionsValidator), so each mistake is reported once.
/// </summary>
internal sealed class BotIdentityOptionsValidator : IValidateOptions<BotIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, BotIdentityOptions options)
    {
        var errors = new List<string>();
        if (options.MicrosoftAppId is { } appId && appId.Length > 0 && (appId.Trim() != appId || appId.Any(char.IsWhiteSpace)))
        {
            errors.Add("MicrosoftAppId contains white space; copy the id exactly as shown in the Azure Bot registration.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
