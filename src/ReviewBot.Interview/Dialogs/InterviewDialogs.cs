using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Files;
using ReviewBot.Documents;
using ReviewBot.Dialogs;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Interview.Dialogs.Aspects;
using ReviewBot.Interview.Dialogs.Causes;
using ReviewBot.Interview.Dialogs.DraftList;
using ReviewBot.Interview.Dialogs.Editing;
using ReviewBot.Interview.Dialogs.Export;
using ReviewBot.Interview.Dialogs.Flow;
using ReviewBot.Interview.Dialogs.Measures;
using ReviewBot.Interview.Dialogs.Preamble;
using ReviewBot.Interview.Dialogs.Setup;
using ReviewBot.Interview.Dialogs.Views;

namespace ReviewBot.Interview.Dialogs;

/// <summary>Every dialog and prompt of the interview, in one dialog set (dialogs are stateless; their state lives in the turn).</summary>
public sealed class InterviewDialogs
{
    public InterviewDialogs(
        InterviewContext interview, DraftPreview preview, DocxWriter writer, RectificationTableWriter tableWriter,
        Quality.DraftQualityCheck quality, ILogger<InterviewDialogs> logger, IFileDelivery? delivery = null)
    {
        Set = new DialogSet(logger)
            .Add(new TextPrompt(PromptIds.Answer, AnswerRules.Validator()))
            .Add(new TextPrompt(PromptIds.ShortText, AnswerRules.Validator(maxLength: 100)))
            .Add(new ChoicePrompt(PromptIds.Choice))
            .Add(new ConfirmPrompt(PromptIds.Confirm))
            .Add(new NumberPrompt(PromptIds.Number))
            .Add(new NewDraftDialog())
            .Add(new SetupDialog(interview))
            .Add(new InterviewFlowDialog(interview, preview))
            .Add(new PreambleDialog(interview))
            .Add(new AspectDialog(interview))
            .Add(new ProblemReviewDialog(interview))
            .Add(new CausesDialog(interview))
            .Add(new MeasuresDialog(interview))
            .Add(new EditItemDialog(interview))
            .Add(new MyDraftsDialog(interview))
            .Add(new ExportDialog(interview, writer, tableWriter, quality, delivery));
    }

    public DialogSet Set { get; }
}
