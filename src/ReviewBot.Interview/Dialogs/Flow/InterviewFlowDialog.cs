using System.Text.Json;
using ReviewBot.Dialogs;
using ReviewBot.Interview.Dialogs.Aspects;
using ReviewBot.Interview.Dialogs.Causes;
using ReviewBot.Interview.Dialogs.Measures;
using ReviewBot.Interview.Dialogs.Preamble;
using ReviewBot.Interview.Dialogs.Views;
using ReviewBot.Interview.Workspace;

namespace ReviewBot.Interview.Dialogs.Flow;

/// <summary>
/// Walks a draft through its stages (导语 → each 方面 → 原因 → 措施 → 预览), starting wherever the draft's saved
/// progress says, so 继续 after a pause, a 取消 or a restart picks up at the same place.
/// </summary>
public sealed class InterviewFlowDialog(InterviewContext interview, DraftPreview preview) : Dialog(DialogId)
{
    public const string DialogId = "interview";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken = default)
    {
        var draftId = options is { ValueKind: JsonValueKind.String } id ? id.GetString() : null;
        var active = await interview.ActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        if (active is not { } current || (draftId is not null && current.Draft.Id != draftId))
        {
            await MainMenu.SendAsync(dc.Context, "还没有正在写的材料。点“新建材料”开始写第一份。", cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        dc.ActiveDialog!.SetState(new FlowState { DraftId = current.Draft.Id });
        await interview.DiscloseModelOnceAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        return await BeginStageAsync(dc, current.Draft.Id, current.Progress, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken = default)
    {
        var draftId = dc.ActiveDialog!.GetState<FlowState>().DraftId!;
        var store = interview.Drafts(dc.Context);
        var draft = await store.GetAsync(draftId, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return await dc.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        var index = await store.GetIndexAsync(cancellationToken).ConfigureAwait(false);
        var progress = index.Progress.GetValueOrDefault(draftId) ?? new InterviewProgress(InterviewStage.Preamble);
        var move = DialogJson.Read<StageOutcome>(result)?.Move ?? StageMove.Next;
        var next = StageRules.After(progress, move, draft.Aspects.Count);
        index.SetProgress(draftId, next);
        return await BeginStageAsync(dc, draftId, next, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> BeginStageAsync(DialogContext dc, string draftId, InterviewProgress progress, CancellationToken cancellationToken)
    {
        var options = new StageOptions(draftId, progress.AspectIndex);
        switch (progress.Stage)
        {
            case InterviewStage.Preamble:
                return await dc.BeginDialogAsync(PreambleDialog.DialogId, options, cancellationToken).ConfigureAwait(false);
            case InterviewStage.Aspects:
                return await dc.BeginDialogAsync(AspectDialog.DialogId, options, cancellationToken).ConfigureAwait(false);
            case InterviewStage.Causes:
                return await dc.BeginDialogAsync(CausesDialog.DialogId, options, cancellationToken).ConfigureAwait(false);
            case InterviewStage.Measures:
                return await dc.BeginDialogAsync(MeasuresDialog.DialogId, options, cancellationToken).ConfigureAwait(false);
            default:
                var draft = (await interview.Drafts(dc.Context).GetAsync(draftId, cancellationToken).ConfigureAwait(false))!;
                await dc.Context.SendActivityAsync("材料的各部分都已走完一遍。下面是全文预览：", cancellationToken).ConfigureAwait(false);
                await preview.SendAsync(dc.Context, draft, cancellationToken).ConfigureAwait(false);
                await MainMenu.SendAsync(dc.Context,
                    "可以发送“修改 编号”调整某一条（编号见“提纲”），发送“导出”生成 Word 文件，或发送“体检”检查常见问题。", cancellationToken).ConfigureAwait(false);
                return await dc.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class FlowState
    {
        public string? DraftId { get; set; }
    }
}

/// <summary>Which stage follows which.</summary>
public static class StageRules
{
    public static InterviewProgress After(InterviewProgress current, StageMove move, int aspectCount) => (current.Stage, move) switch
    {
        (_, StageMove.Finish) when current.Stage is InterviewStage.Preamble or InterviewStage.Aspects => new(InterviewStage.Causes),
        (_, StageMove.Finish) => new(InterviewStage.Review),
        (InterviewStage.Preamble, StageMove.Back) => current,
        (InterviewStage.Preamble, _) => new(InterviewStage.Aspects, 0),
        (InterviewStage.Aspects, StageMove.Back) when current.AspectIndex == 0 => new(InterviewStage.Preamble),
        (InterviewStage.Aspects, StageMove.Back) => new(InterviewStage.Aspects, current.AspectIndex - 1),
        (InterviewStage.Aspects, _) when current.AspectIndex + 1 < aspectCount => new(InterviewStage.Aspects, current.AspectIndex + 1),
        (InterviewStage.Aspects, _) => new(InterviewStage.Causes),
        (InterviewStage.Causes, StageMove.Back) => new(InterviewStage.Aspects, Math.Max(0, aspectCount - 1)),
        (InterviewStage.Causes, _) => new(InterviewStage.Measures),
        (InterviewStage.Measures, StageMove.Back) => new(InterviewStage.Causes),
        (InterviewStage.Measures, _) => new(InterviewStage.Review),
        _ => new(InterviewStage.Review),
    };
}
