using ReviewBot.Dialogs;
using ReviewBot.Interview.Dialogs.Flow;
using ReviewBot.Interview.Dialogs.Setup;

namespace ReviewBot.Interview.Dialogs.DraftList;

/// <summary>新建材料: set-up, then straight into the interview of the new draft.</summary>
public sealed class NewDraftDialog : WaterfallDialog<NewDraftState>
{
    public const string DialogId = "newDraft";

    public NewDraftDialog() : base(DialogId)
    {
        AddStep((step, ct) => step.BeginDialogAsync(SetupDialog.DialogId, ct), "setup");
        AddStep((step, ct) => step.GetResult<string>() is { } draftId
            ? step.BeginDialogAsync(InterviewFlowDialog.DialogId, draftId, ct)
            : step.EndDialogAsync(cancellationToken: ct), "interview");
    }
}

public sealed class NewDraftState;
