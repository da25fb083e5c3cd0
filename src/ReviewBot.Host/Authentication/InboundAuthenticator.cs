using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Host.Authentication;

/// <summary>
/// Decides whether a request to the messaging endpoint may be processed: first from its headers (token, or
/// loopback caller when authentication is disabled), then from the parsed activity (endorsed channel, serviceUrl
/// bound to the token, loopback serviceUrl when anonymous). Sets <c>activity.callerId</c> itself.
/// </summary>
internal sealed partial class InboundAuthenticator(
    IOptions<BotIdentityOptions> identity,
    IOptions<InboundAuthenticationOptions> options,
    ILogger<InboundAuthenticator> logger)
{
    private const string ServiceUrlClaim = "serviceurl";

    public bool Enabled => identity.Value.AuthenticationEnabled;

    public async Task<InboundCaller> AuthenticateAsync(HttpContext context)
    {
        if (!Enabled)
        {
            // Ignore any Authorization header: without an app id there is no audience to check it against.
            return LoopbackAddress.IsLoopback(context.Connection.RemoteIpAddress)
                ? InboundCaller.Anonymous
                : InboundCaller.Refused(StatusCodes.Status403Forbidden, "authentication is disabled (no MicrosoftAppId): only callers on this machine are served");
        }
        var result = await context.AuthenticateAsync(BotAuthenticationSchemes.Inbound).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            if (result.Failure is { } failure)
            {
                LogTokenRejected(failure.GetType().Name, failure.Message);
                return InboundCaller.Refused(StatusCodes.Status401Unauthorized, "invalid bearer token");
            }
            LogNoToken();
            return InboundCaller.Refused(StatusCodes.Status401Unauthorized, "missing or malformed Authorization header (expected: Bearer <token>)");
        }
        var scheme = result.Ticket.AuthenticationScheme;
        return new InboundCaller(scheme, result.Principal.FindFirst(ServiceUrlClaim)?.Value, KeyEndorsements.From(result.Properties));
    }

    /// <summary>Checks the parsed activity against the caller; on success sets its <c>callerId</c>.</summary>
    public ActivityRefusal? Authorize(InboundCaller caller, Activity activity)
    {
        if (caller.IsAnonymous)
        {
            if (!LoopbackAddress.IsLoopbackUrl(activity.ServiceUrl))
            {
                LogNonLoopbackServiceUrl(activity.ChannelId);
                return new ActivityRefusal(StatusCodes.Status403Forbidden, "authentication is disabled (no MicrosoftAppId): only loopback serviceUrls are served");
            }
            activity.CallerId = null;
            return null;
        }
        if (caller.Scheme == BotAuthenticationSchemes.BotFramework
            && !caller.Endorsements.Contains(activity.ChannelId!, StringComparer.Ordinal))
        {
            LogNotEndorsed(activity.ChannelId);
            return new ActivityRefusal(StatusCodes.Status401Unauthorized, "the token's signing key is not endorsed for this channel");
        }
        // Channel tokens must carry serviceurl; Entra tokens may not, but when they do it must match.
        var claimRequired = caller.Scheme == BotAuthenticationSchemes.BotFramework;
        if ((claimRequired || caller.ServiceUrlClaim is not null)
            && !string.Equals(caller.ServiceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            LogServiceUrlMismatch(activity.ChannelId);
            return new ActivityRefusal(StatusCodes.Status401Unauthorized, "the activity's serviceUrl does not match the token");
        }
        activity.CallerId = options.Value.CallerId;
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound token rejected: {FailureType}: {FailureMessage}")]
    private partial void LogTokenRejected(string failureType, string failureMessage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound request without a bearer token rejected")]
    private partial void LogNoToken();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound token's signing key is not endorsed for channel {ChannelId}")]
    private partial void LogNotEndorsed(string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound activity on channel {ChannelId} has a serviceUrl that does not match its token")]
    private partial void LogServiceUrlMismatch(string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unauthenticated activity on channel {ChannelId} with a non-loopback serviceUrl refused")]
    private partial void LogNonLoopbackServiceUrl(string? channelId);
}
