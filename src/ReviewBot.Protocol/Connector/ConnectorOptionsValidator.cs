using Microsoft.Extensions.Options;

namespace ReviewBot.Protocol.Connector;

/// <summary>Start-up checks of <see cref="ConnectorOptions"/>.</summary>
public sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        var errors = new List<string>();
        foreach (var host in options.AllowedServiceHosts)
        {
            if (HostPattern.Parse(host) is null)
            {
                errors.Add($"Connector:AllowedServiceHosts entry '{host}' is not a host name, an IP address or '*.domain.tld' (no scheme, port or path).");
            }
        }
        if (options.MaxActivityBytes < 4096)
        {
            errors.Add($"Connector:MaxActivityBytes {options.MaxActivityBytes} is too small (at least 4096).");
        }
        foreach (var limit in options.SendRateLimits)
        {
            if (limit.Permits < 1 || limit.Window <= TimeSpan.Zero)
            {
                errors.Add($"Connector:SendRateLimits entry {limit.Permits}/{limit.Window} needs Permits >= 1 and a positive Window.");
            }
        }
        if (options.SendRateMargin < TimeSpan.Zero)
        {
            errors.Add("Connector:SendRateMargin must not be negative.");
        }
        var retry = options.Retry;
        if (retry.MaxRetries is < 0 or > 10)
        {
            errors.Add($"Connector:Retry:MaxRetries {retry.MaxRetries} must be between 0 and 10.");
        }
        if (retry.BaseDelay <= TimeSpan.Zero || retry.MaxDelay < retry.BaseDelay)
        {
            errors.Add("Connector:Retry:BaseDelay must be positive and MaxDelay at least BaseDelay.");
        }
        if (retry.TotalTimeout < TimeSpan.FromMilliseconds(100) || retry.AttemptTimeout < TimeSpan.FromMilliseconds(100)
            || retry.AttemptTimeout > retry.TotalTimeout)
        {
            errors.Add("Connector:Retry:TotalTimeout and AttemptTimeout must be at least 100 ms, and AttemptTimeout at most TotalTimeout.");
        }
        if (retry.RetryStatusCodes.Any(code => code is < 400 or > 599))
        {
            errors.Add("Connector:Retry:RetryStatusCodes may only hold 4xx and 5xx codes.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
