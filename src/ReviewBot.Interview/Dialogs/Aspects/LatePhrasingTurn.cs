using System.Text.Json;
using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Storage;
using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Dialogs.Editing;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Interview.Dialogs.Aspects;

public enum LatePhrasingOutcome
{
    /// <summary>The user was still deciding on the built-in version: the polished one is the proposal now.</summary>
    ProposalReplaced,
    /// <summary>The user had accepted the built-in version unchanged: the polished one waits on the problem (用润色版 N).</summary>
    AlternativeOffered,
    /// <summary>The user changed, deleted or left that problem (or the answer reads the same): nothing was sent.</summary>
    Skipped,
}

/// <summary>
/// What a proactive turn does with a model answer that came after its turn (the host runs it through
/// <c>BotAdapter.ContinueConversationAsync</c>, so it holds the conversation's lock with state loaded and saved).
/// It never overwrites anything the user changed: it only acts while the built-in text it replaces is still there.
/// </summary>
public sealed partial class LatePhrasingTurn(InterviewDialogs dialogs, InterviewContext interview, ILogger<LatePhrasingTurn> logger)
{
    /// <summary>Shown above the polished proposal.</summary>
    public const string ProposalNotice = "润色版好了，换下了刚才内置整理的版本";

    /// <summary>
    /// Delivers <paramref name="late"/> when it still fits. A fault of its own is logged and sends nothing (the turn
    /// runtime would otherwise reset the user's dialog for an optional message); the storage being down is left to
    /// the turn runtime.
    /// </summary>
    public async Task<LatePhrasingOutcome> RunAsync(ITurnContext turnContext, LatePhrasing late, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(late);
        try
        {
            return await DeliverAsync(turnContext, late, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StorageUnavailableException)
        {
            LogFailed(ex, late.Job.Target.DraftId);
            return LatePhrasingOutcome.Skipped;
        }
    }

    private async Task<LatePhrasingOutcome> DeliverAsync(ITurnContext turnContext, LatePhrasing late, CancellationToken cancellationToken)
    {
        var job = late.Job;
        if (late.Polished.ToText() == job.Shown.ToText())
        {
            return Skip(job, "the model's version reads the same");
        }
        var dc = await dialogs.Set.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (StillReviewing(dc, job) is { } options)
        {
            // Close the open 采用/修改… question and show the review again with the polished proposal.
            dc.Stack.RemoveAt(0);
            await dc.ReplaceDialogAsync(ProblemReviewDialog.DialogId, options with { Phrased = late.Polished with { Notice = ProposalNotice } }, cancellationToken).ConfigureAwait(false);
            LogDelivered(job.Target.DraftId, LatePhrasingOutcome.ProposalReplaced);
            return LatePhrasingOutcome.ProposalReplaced;
        }
        var store = interview.Drafts(turnContext);
        var draft = await store.GetActiveAsync(cancellationToken).ConfigureAwait(false);
        if (draft is null || draft.Id != job.Target.DraftId || job.Target.AspectIndex >= draft.Aspects.Count)
        {
            return Skip(job, "the draft is gone or no longer the active one");
        }
        var problems = draft.Aspects[job.Target.AspectIndex].Problems;
        var shown = job.Shown.ToText();
        var at = problems.FindIndex(p => p.RawInput == job.RawInput && DraftComposer.ComposeProblem(p.Headline, p.Elaboration, p.Example) == shown);
        if (at < 0)
        {
            return Skip(job, "the problem was edited, deleted or not accepted");
        }
        if (problems[at].PendingAlternative is not null)
        {
            return Skip(job, "the problem already has a polished version waiting");
        }
        var polished = late.Polished;
        var alternative = new ProblemAlternative(polished.Headline, polished.Elaboration, polished.Example, shown);
        await store.SaveAsync(draft.ReplaceProblem(job.Target.AspectIndex, at, problems[at] with { PendingAlternative = alternative }), cancellationToken).ConfigureAwait(false);
        var number = new ItemRef(ItemKind.Problem, job.Target.AspectIndex, at).Number;
        await turnContext.SendActivityAsync(Offer(turnContext, number, polished.ToText()), cancellationToken).ConfigureAwait(false);
        LogDelivered(job.Target.DraftId, LatePhrasingOutcome.AlternativeOffered);
        return LatePhrasingOutcome.AlternativeOffered;
    }

    /// <summary>The open review prompt's options when the user is still deciding on exactly the text that was shown.</summary>
    private static ProblemReviewOptions? StillReviewing(DialogContext dc, LatePhrasingJob job)
    {
        if (dc.Stack is not [{ Id: PromptIds.Choice }, { Id: ProblemReviewDialog.DialogId } review, ..])
        {
            return null;
        }
        ProblemReviewOptions? options;
        try
        {
            options = DialogJson.Read<ProblemReviewOptions>(review.Options);
        }
        catch (JsonException)
        {
            return null;
        }
        return options is not null
            && options.DraftId == job.Target.DraftId && options.AspectIndex == job.Target.AspectIndex
            && options.RawInput == job.RawInput && options.Phrased.ToText() == job.Shown.ToText()
            ? options
            : null;
    }

    private static Activity Offer(ITurnContext turnContext, string number, string text)
    {
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Text = $"**润色版到了**：第 {number} 条您采用的是内置整理的版本，模型的润色版是：\n\n{text}\n\n" +
                $"发送“{PolishedVersionCommand.UseWord} {number}”换成这一版；想保留原来的，发送“{PolishedVersionCommand.DismissWord} {number}”，或不用理会。",
        };
        var choices = new[] { new Choice($"{PolishedVersionCommand.UseWord} {number}"), new Choice($"{PolishedVersionCommand.DismissWord} {number}") };
        var style = turnContext.Activity.ChannelId == Channels.Console ? ListStyle.SuggestedAction : ListStyle.Auto;
        return ChoiceRenderer.Render(message, choices, style, turnContext.Activity);
    }

    private LatePhrasingOutcome Skip(LatePhrasingJob job, string reason)
    {
        LogSkipped(job.Target.DraftId, reason);
        return LatePhrasingOutcome.Skipped;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Late phrasing for draft {DraftId} delivered: {Outcome}")]
    private partial void LogDelivered(string draftId, LatePhrasingOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Late phrasing for draft {DraftId} not sent: {Reason}")]
    private partial void LogSkipped(string draftId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Late phrasing for draft {DraftId} not sent: delivering it failed")]
    private partial void LogFailed(Exception exception, string draftId);
}
