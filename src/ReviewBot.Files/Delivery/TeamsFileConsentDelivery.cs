using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.Files;
using ReviewBot.Builder.Turns;
using ReviewBot.Files.Links;
using ReviewBot.Files.Storage;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Delivery;

/// <summary>
/// Teams' file-consent flow, for personal chats of a bot with an app id (the Agents Playground cannot render the card):
/// a FileConsentCard is sent and the bytes wait in <see cref="PendingUploadStore"/>; on <c>fileConsent/invoke</c>
/// accept the bytes are PUT to <c>uploadUrl</c> and a FileInfoCard is sent; decline gets a polite message; an upload
/// that fails twice falls back to a download link. Every consent invoke is answered 200 (400 when malformed).
/// </summary>
public sealed partial class TeamsFileConsentDelivery(
    PendingUploadStore pending,
    TeamsFileUploader uploader,
    DownloadLinkDelivery links,
    IOptions<FilesOptions> options,
    ILogger<TeamsFileConsentDelivery> logger) : IFileDeliveryStrategy
{
    public const string InvokeName = "fileConsent/invoke";
    public const string PersonalConversation = "personal";

    public bool CanDeliver(ITurnContext turnContext) =>
        options.Value is { TeamsFileConsent: true, BotHasAppId: true } && IsTeamsPersonalChat(turnContext.Activity);

    public static bool IsTeamsPersonalChat(Activity activity) =>
        activity.ChannelId == Channels.MsTeams && activity.Conversation?.ConversationType == PersonalConversation;

    public async Task DeliverAsync(ITurnContext turnContext, OutgoingFile file, CancellationToken cancellationToken)
    {
        var tag = ConversationTag.For(turnContext.Activity);
        var name = FileNames.Clean(file.Name);
        var fileId = await pending.AddAsync(tag, file with { Name = name }, cancellationToken).ConfigureAwait(false);
        var offer = FileMessages.Text(FileMessages.ConsentOffer(name, file.Content.Length));
        offer.Attachments = [TeamsFileCards.Consent(name, file.Description ?? name, file.Content.Length, fileId)];
        await turnContext.SendActivityAsync(offer, cancellationToken).ConfigureAwait(false);
        LogOffered(tag, file.Content.Length);
    }

    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Invoke || activity.Name != InvokeName)
        {
            return false;
        }
        var answer = FileConsentAnswer.TryParse(activity.Value);
        if (answer is null)
        {
            LogMalformed(activity.Id);
            turnContext.InvokeResponse = new InvokeResponse(400);
            return true;
        }
        var tag = ConversationTag.For(activity);
        var file = await pending.FindAsync(tag, answer.FileId, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            LogUnknownOffer(tag, answer.Action);
            await turnContext.SendActivityAsync(FileMessages.Text(FileMessages.UnknownOffer), cancellationToken).ConfigureAwait(false);
        }
        else if (answer.Action == FileConsentAnswer.Decline)
        {
            await pending.RemoveAsync(tag, answer.FileId!, cancellationToken).ConfigureAwait(false);
            LogDeclined(tag);
            await turnContext.SendActivityAsync(FileMessages.Text(FileMessages.Declined), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await UploadAsync(turnContext, file, answer.UploadInfo, cancellationToken).ConfigureAwait(false);
            await pending.RemoveAsync(tag, answer.FileId!, cancellationToken).ConfigureAwait(false);
        }
        turnContext.InvokeResponse = new InvokeResponse(200);
        return true;
    }

    private async Task UploadAsync(ITurnContext turnContext, StoredFile file, FileUploadInfo? uploadInfo, CancellationToken cancellationToken)
    {
        var uploaded = uploadInfo?.UploadUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uploadUrl)
            && await uploader.UploadAsync(uploadUrl, file.Content, cancellationToken).ConfigureAwait(false);
        if (uploaded)
        {
            LogUploaded(file.ConversationTag, file.Content.Length);
            var confirmation = FileMessages.Text(FileMessages.Uploaded);
            confirmation.Attachments = [TeamsFileCards.Info(uploadInfo!, file.Name)];
            await turnContext.SendActivityAsync(confirmation, cancellationToken).ConfigureAwait(false);
            return;
        }
        LogFellBackToLink(file.ConversationTag);
        var link = await links.CreateLinkAsync(
            turnContext.Activity, new OutgoingFile(file.Name, file.ContentType, file.Content), cancellationToken).ConfigureAwait(false);
        var apology = FileMessages.UploadFailed(link.Markdown, options.Value.LinkLifetime);
        await turnContext.SendActivityAsync(FileMessages.Text(apology), cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "File consent card sent in conversation {ConversationTag} for {Bytes} bytes")]
    private partial void LogOffered(string conversationTag, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "File uploaded to OneDrive in conversation {ConversationTag} ({Bytes} bytes)")]
    private partial void LogUploaded(string conversationTag, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "File consent declined in conversation {ConversationTag}")]
    private partial void LogDeclined(string conversationTag);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload failed in conversation {ConversationTag}; sent a download link instead")]
    private partial void LogFellBackToLink(string conversationTag);

    [LoggerMessage(Level = LogLevel.Information, Message = "File consent answer ({Action}) for an unknown or expired file in conversation {ConversationTag}")]
    private partial void LogUnknownOffer(string conversationTag, string action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Malformed fileConsent/invoke {ActivityId} answered 400")]
    private partial void LogMalformed(string? activityId);
}
