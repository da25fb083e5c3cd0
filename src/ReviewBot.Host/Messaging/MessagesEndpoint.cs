using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using ReviewBot.Builder.Turns;
using ReviewBot.Host.Authentication;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Host.Messaging;

/// <summary>
/// <c>POST /api/messages</c>: authenticate from the headers, read and check the activity, then run the turn
/// synchronously and answer with its outcome (200 for messages once the turn's replies were handed to the
/// connector; the invoke's own status and body; expectReplies as a body). Nothing reaches the turn pipeline
/// unless every check passed.
/// </summary>
internal sealed partial class MessagesEndpoint(
    InboundAuthenticator authenticator,
    ActivityRequestReader reader,
    BotAdapter adapter,
    IHostApplicationLifetime lifetime,
    ILogger<MessagesEndpoint> logger)
{
    public const string Route = "/api/messages";

    public async Task HandleAsync(HttpContext context)
    {
        var caller = await authenticator.AuthenticateAsync(context).ConfigureAwait(false);
        if (caller.IsRefused)
        {
            await RefuseAsync(context, caller.RefusalStatus, caller.RefusalReason!).ConfigureAwait(false);
            return;
        }
        ActivityReadResult read;
        try
        {
            read = await reader.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested && ex is OperationCanceledException or IOException)
        {
            LogCallerGone();
            return;
        }
        if (read.Activity is not { } activity)
        {
            LogRejected(read.Status, read.Reason);
            await RefuseAsync(context, read.Status, read.Reason!).ConfigureAwait(false);
            return;
        }
        if (authenticator.Authorize(caller, activity) is { } refusal)
        {
            await RefuseAsync(context, refusal.Status, refusal.Reason).ConfigureAwait(false);
            return;
        }
        TurnOutcome outcome;
        try
        {
            // Not cancelled when the channel hangs up: the state is saved and the replies go out through the
            // connector regardless. Only shutting down the host cancels a turn.
            outcome = await adapter.ProcessActivityAsync(activity, lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            LogTurnFailed(ex, activity.Id, activity.Type, activity.ChannelId);
            await RefuseAsync(context, StatusCodes.Status500InternalServerError, "the turn failed; see the bot's log").ConfigureAwait(false);
            return;
        }
        LogProcessed(activity.Id, activity.Type, activity.ChannelId, outcome.Status, outcome.Duplicate);
        await WriteOutcomeAsync(context.Response, outcome).ConfigureAwait(false);
    }

    private static async Task WriteOutcomeAsync(HttpResponse response, TurnOutcome outcome)
    {
        response.StatusCode = outcome.Status;
        if (outcome.Body is { ValueKind: not JsonValueKind.Undefined } body)
        {
            await response.WriteAsJsonAsync(body, ProtocolJson.Options, "application/json; charset=utf-8").ConfigureAwait(false);
        }
    }

    private static Task RefuseAsync(HttpContext context, int status, string reason)
    {
        var response = context.Response;
        response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        }
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Request to the messaging endpoint refused with {Status}: {Reason}")]
    private partial void LogRejected(int status, string? reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The caller disconnected while sending the request body")]
    private partial void LogCallerGone();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Activity {ActivityId} ({ActivityType}, {ChannelId}) answered {Status}; duplicate: {Duplicate}")]
    private partial void LogProcessed(string? activityId, string? activityType, string? channelId, int status, bool duplicate);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn for activity {ActivityId} ({ActivityType}, {ChannelId}) failed")]
    private partial void LogTurnFailed(Exception ex, string? activityId, string? activityType, string? channelId);
}
