using Microsoft.Extensions.Options;

namespace ReviewBot.Host.Authentication;

internal sealed class InboundAuthenticationOptionsValidator : IValidateOptions<InboundAuthenticationOptions>
{
    private const string Section = InboundAuthenticationOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, InboundAuthenticationOptions options)
    {
        var errors = new List<string>();
        CheckMetadataUrl(errors, nameof(options.BotFrameworkOpenIdMetadataUrl), options.BotFrameworkOpenIdMetadataUrl);
        CheckMetadataUrl(errors, nameof(options.EntraOpenIdMetadataUrl), options.EntraOpenIdMetadataUrl);
        if (options.BotFrameworkIssuers.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{Section}:BotFrameworkIssuers contains an empty entry.");
        }
        foreach (var template in options.EntraIssuerTemplates)
        {
            if (string.IsNullOrWhiteSpace(template) || !template.Contains(InboundAuthenticationOptions.TenantPlaceholder, StringComparison.Ordinal))
            {
                errors.Add($"{Section}:EntraIssuerTemplates entry '{template}' must contain {InboundAuthenticationOptions.TenantPlaceholder}.");
            }
        }
        if (options.EntraTenantIds.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{Section}:EntraTenantIds contains an empty entry.");
        }
        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{Section}:ClockSkew must be between 00:00:00 and 00:10:00 (Bot Framework uses 00:05:00).");
        }
        if (options.KeyRefreshInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add($"{Section}:KeyRefreshInterval must be at least 00:00:01.");
        }
        if (options.MetadataRefreshInterval < TimeSpan.FromMinutes(5) || options.MetadataRefreshInterval > TimeSpan.FromHours(24))
        {
            errors.Add($"{Section}:MetadataRefreshInterval must be between 00:05:00 and 1.00:00:00 (keys may rotate any day).");
        }
        if (options.MetadataTimeout <= TimeSpan.Zero || options.MetadataTimeout > TimeSpan.FromMinutes(1))
        {
            errors.Add($"{Section}:MetadataTimeout must be between 00:00:00 and 00:01:00.");
        }
        if (string.IsNullOrWhiteSpace(options.CallerId))
        {
            errors.Add($"{Section}:CallerId must not be empty.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckMetadataUrl(List<string> errors, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{Section}:{key} must be an absolute https URL (got '{value}').");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            errors.Add($"{Section}:{key} must use https; plain http is allowed for loopback test servers only (got '{value}').");
        }
    }
}
