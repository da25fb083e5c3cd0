using ReviewBot.Dialogs;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Interview.Commands;
using ReviewBot.Interview.Dialogs.Flow;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Interview.Dialogs.Preamble;

/// <summary>导语: asks for the figures only the user knows, composes the opening paragraph, and lets the user adopt or rewrite it.</summary>
public sealed class PreambleDialog : WaterfallDialog<PreambleState>
{
    public const string DialogId = "preamble";
    private readonly InterviewContext _interview;

    public PreambleDialog(InterviewContext interview) : base(DialogId)
    {
        _interview = interview;
        AddStep(AskOpinionsAsync, "opinions", "填写会前征求到的意见建议条数，例如 45。不清楚可发送“跳过”，稿中会标为【待补】。");
        AddStep(AskTalksAsync, "talks", "填写会前谈心谈话的人次，例如 30。不清楚可发送“跳过”。");
        AddStep(ShowAsync, "show", "“采用”保存这段导语；“修改”由您发送改好的整段；“跳过”暂不写导语。");
        AddStep(DecideAsync, "decide");
        AddStep(SaveTypedAsync, "typed");
    }

    private static Task<DialogTurnResult> AskOpinionsAsync(WaterfallStepContext<PreambleState> step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Answer, PromptOptions.Create(
            "先写导语。会前一共征求到多少条意见建议？（输入数字；不清楚发送“跳过”，稿中会标为【待补】；整段导语不写可发送“下一个方面”）"), cancellationToken);

    private async Task<DialogTurnResult> AskTalksAsync(WaterfallStepContext<PreambleState> step, CancellationToken cancellationToken)
    {
        var text = step.GetResult<string>();
        if (CommandParser.Parse(text) is { Kind: CommandKind.NextAspect or CommandKind.Finish })
        {
            return await step.EndDialogAsync(new StageOutcome(StageMove.Next), cancellationToken).ConfigureAwait(false);
        }
        step.State.OpinionCount = Numbers.TryRead(text);
        // Only ask for the talks when this framework's preamble says something about them; otherwise the number is lost.
        var options = step.GetOptions<StageOptions>()!;
        var draft = (await _interview.Drafts(step.Context).GetAsync(options.DraftId, cancellationToken).ConfigureAwait(false))!;
        var pieces = _interview.FrameworkOf(draft).Preamble.For(draft.Setup.Kind).InOrder();
        if (!pieces.Any(p => p.Template.Contains("{talkCount}", StringComparison.Ordinal)))
        {
            return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(PromptIds.Answer, PromptOptions.Create("会前谈心谈话共多少人次？（输入数字，或发送“跳过”）"), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext<PreambleState> step, CancellationToken cancellationToken)
    {
        step.State.TalkCount = Numbers.TryRead(step.GetResult<string>());
        var options = step.GetOptions<StageOptions>()!;
        var draft = (await _interview.Drafts(step.Context).GetAsync(options.DraftId, cancellationToken).ConfigureAwait(false))!;
        var request = new PreambleRequest
        {
            Framework = _interview.FrameworkOf(draft),
            Kind = draft.Setup.Kind,
            UnitName = draft.Setup.UnitName,
            Year = draft.Setup.Year,
            Person = draft.Setup.Person,
            OpinionCount = step.State.OpinionCount,
            TalkCount = step.State.TalkCount,
            DraftId = draft.Id,
        };
        await _interview.DiscloseModelOnceAsync(step.Context, cancellationToken).ConfigureAwait(false);
        var phrased = await _interview.Phraser.ComposePreambleAsync(request, cancellationToken).ConfigureAwait(false);
        step.State.Proposed = phrased.Value;
        return await step.PromptAsync(PromptIds.Choice, PromptOptions.Create(
            $"{phrased.NoticeLine}导语初稿如下：\n\n{step.State.Proposed}",
            "请选择：采用、修改或跳过。",
            [new Choice("采用"), new Choice("修改"), new Choice("跳过")]), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> DecideAsync(WaterfallStepContext<PreambleState> step, CancellationToken cancellationToken)
    {
        switch (step.GetResult<FoundChoice>()!.Value)
        {
            case "采用":
                await SavePreambleAsync(step, step.State.Proposed!, cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(new StageOutcome(StageMove.Next), cancellationToken).ConfigureAwait(false);
            case "修改":
                return await step.PromptAsync(PromptIds.Answer, PromptOptions.Create("请发送修改后的完整导语（可以复制上面的初稿改）。"), cancellationToken).ConfigureAwait(false);
            default:
                await step.Context.SendActivityAsync("导语先空着，之后可以发送“修改 0”再写。", cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(new StageOutcome(StageMove.Next), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> SaveTypedAsync(WaterfallStepContext<PreambleState> step, CancellationToken cancellationToken)
    {
        await SavePreambleAsync(step, step.GetResult<string>()!.Trim(), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(new StageOutcome(StageMove.Next), cancellationToken).ConfigureAwait(false);
    }

    private async Task SavePreambleAsync(WaterfallStepContext<PreambleState> step, string text, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<StageOptions>()!;
        var store = _interview.Drafts(step.Context);
        var draft = (await store.GetAsync(options.DraftId, cancellationToken).ConfigureAwait(false))!;
        await store.SaveAsync(draft with { Preamble = text }, cancellationToken).ConfigureAwait(false);
        await step.Context.SendActivityAsync("导语已保存。下面逐个方面查摆问题。", cancellationToken).ConfigureAwait(false);
    }
}

public sealed class PreambleState
{
    public int? OpinionCount { get; set; }
    public int? TalkCount { get; set; }
    public string? Proposed { get; set; }
}
