using ReviewBot.Dialogs;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Interview.Dialogs.Aspects;

/// <summary>Shows a phrased problem and takes 采用 / 修改 / 换个说法 / 更简洁 / 更具体 / 不要这条.</summary>
public sealed class ProblemReviewDialog : WaterfallDialog<ProblemReviewState>
{
    public const string DialogId = "problemReview";
    private static readonly string[] Actions = ["采用", "修改", "换个说法", "更简洁", "更具体", "不要这条"];
    private readonly InterviewContext _interview;

    public ProblemReviewDialog(InterviewContext interview) : base(DialogId)
    {
        _interview = interview;
        AddStep(ShowAsync, "show", "“采用”保存这条；“修改”由您改写整段；“换个说法”“更简洁”“更具体”让我换一种表述；“不要这条”放弃。");
        AddStep(DecideAsync, "decide");
        AddStep(TakeCorrectionAsync, "correction");
    }

    private static async Task<DialogTurnResult> ShowAsync(WaterfallStepContext<ProblemReviewState> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ProblemReviewOptions>()!;
        var phrased = options.Phrased;
        var text = $"我整理成了这样：\n\n{phrased.ToText()}";
        if (!string.IsNullOrWhiteSpace(phrased.Notice))
        {
            text = $"（{phrased.Notice}）\n\n{text}";
        }
        if (phrased.Placeholders.Count > 0 || phrased.ToText().Contains("【待补", StringComparison.Ordinal))
        {
            text += "\n\n标有【待补：…】的地方是您没有提到的细节，我没有替您编，请在“修改”时补上，或之后再补。";
        }
        return await step.PromptAsync(PromptIds.Choice, PromptOptions.Create(text, "请选择：采用、修改、换个说法、更简洁、更具体，或不要这条。",
            Actions.Select(a => new Choice(a)), help: "“采用”保存这条；“修改”由您改写整段；“换个说法”“更简洁”“更具体”让我换一种表述；“不要这条”放弃。"), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> DecideAsync(WaterfallStepContext<ProblemReviewState> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ProblemReviewOptions>()!;
        var action = step.GetResult<FoundChoice>()!.Value;
        switch (action)
        {
            case "采用":
                return await step.EndDialogAsync(new ProblemReviewResult(ToProblem(step, options)), cancellationToken).ConfigureAwait(false);
            case "修改":
                return await step.PromptAsync(PromptIds.Answer, PromptOptions.Create(
                    "请发送修改后的整段文字（可以复制上面的内容改）。格式：先一句概括，再展开，实例用“如，”开头。"), cancellationToken).ConfigureAwait(false);
            case "不要这条":
                return await step.EndDialogAsync(new ProblemReviewResult(null), cancellationToken).ConfigureAwait(false);
        }
        var style = action switch
        {
            "更简洁" => RephraseStyle.MoreConcise,
            "更具体" => RephraseStyle.MoreSpecific,
            _ => RephraseStyle.Alternative,
        };
        var store = _interview.Drafts(step.Context);
        var draft = (await store.GetAsync(options.DraftId, cancellationToken).ConfigureAwait(false))!;
        var framework = _interview.FrameworkOf(draft);
        var aspect = framework.FindAspect(draft.Aspects[options.AspectIndex].AspectId) ?? framework.Aspects[0];
        var request = new ProblemRequest
        {
            Framework = framework, Aspect = aspect, Kind = draft.Setup.Kind, RawInput = options.RawInput,
            DraftId = draft.Id, UnitName = draft.Setup.UnitName, PersonName = draft.Setup.Person?.Name,
            LateTarget = LateTargets.For(step.Context, draft.Id, options.AspectIndex),
        };
        var again = await _interview.Phraser.RephraseProblemAsync(request, options.Phrased, style, cancellationToken).ConfigureAwait(false);
        return await step.ReplaceDialogAsync(DialogId, options with { Phrased = again }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> TakeCorrectionAsync(WaterfallStepContext<ProblemReviewState> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ProblemReviewOptions>()!;
        var problem = DraftEdits.ProblemFromTypedText(InterviewContext.NewId(), step.GetResult<string>()!, null, InterviewContext.ContributorOf(step.Context))
            with { RawInput = options.RawInput };
        return await step.EndDialogAsync(new ProblemReviewResult(problem), cancellationToken).ConfigureAwait(false);
    }

    private static ProblemItem ToProblem(WaterfallStepContext<ProblemReviewState> step, ProblemReviewOptions options) => new()
    {
        Id = InterviewContext.NewId(),
        RawInput = options.RawInput,
        Headline = options.Phrased.Headline,
        Elaboration = options.Phrased.Elaboration,
        Example = options.Phrased.Example,
        Contributor = InterviewContext.ContributorOf(step.Context),
    };
}

public sealed record ProblemReviewOptions(string DraftId, int AspectIndex, string RawInput, PhrasedProblem Phrased);

public sealed record ProblemReviewResult(ProblemItem? Problem);

public sealed class ProblemReviewState;
