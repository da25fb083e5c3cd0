using System.Text;
using ReviewBot.Dialogs;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Dates;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Dialogs.Flow;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Interview.Dialogs.Measures;

/// <summary>
/// 三、整改措施: measures proposed for the user's problems (each linked to the problems it answers), adopted,
/// picked or written; then 责任人 and 完成时限; a problem left without a measure is pointed out.
/// </summary>
public sealed class MeasuresDialog : WaterfallDialog<MeasuresState>
{
    public const string DialogId = "measures";
    private readonly InterviewContext _interview;
    private readonly UserClock _clock;

    public MeasuresDialog(InterviewContext interview) : base(DialogId)
    {
        _interview = interview;
        _clock = new UserClock(interview.Time, UserClock.Default.DefaultTimeZone);
        AddStep(SuggestAsync, "suggest", "整改措施要回答问题：做什么、到何时、谁负责。“全部采用”保存所有建议；“挑选”输入编号；“自己写”由您撰写；“跳过”进入预览。");
        AddStep(DecideAsync, "decide");
        AddStep(LinksOrOwnerAsync, "links");
        AddStep(AskDeadlineAsync, "owner", "填写责任人，例如“党组书记”“分管副局长”。不确定可发送“跳过”，稿中标为【待补】。");
        AddStep(SaveAsync, "deadline", "填写完成时限，例如“6月底前”“年底前”“三个月内”“立行立改”“长期坚持”。");
        AddStep(FinishAsync, "finish");
    }

    private async Task<DialogTurnResult> SuggestAsync(WaterfallStepContext<MeasuresState> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<StageOptions>()!;
        var draft = (await _interview.Drafts(step.Context).GetAsync(options.DraftId, cancellationToken).ConfigureAwait(false))!;
        if (options.WriteOwn)
        {
            step.State.Mode = SuggestionMenu.WriteMode;
            return await step.PromptAsync(PromptIds.Answer, PromptOptions.Create(WritePrompt), cancellationToken).ConfigureAwait(false);
        }
        await _interview.DiscloseModelOnceAsync(step.Context, cancellationToken).ConfigureAwait(false);
        var phrased = await _interview.Phraser.SuggestMeasuresAsync(new MeasuresRequest
        {
            Framework = _interview.FrameworkOf(draft),
            Kind = draft.Setup.Kind,
            Aspects = draft.Aspects,
            DraftId = draft.Id,
            UnitName = draft.Setup.UnitName,
            PersonName = draft.Setup.Person?.Name,
        }, cancellationToken).ConfigureAwait(false);
        step.State.Suggestions = phrased.Value.Select(s => new MeasureItem
        {
            Id = InterviewContext.NewId(),
            Headline = s.Headline,
            Text = s.Text,
            ProblemIds = [.. s.ProblemIds],
        }).ToList();
        var numbers = ItemNumbers.ProblemNumbers(draft);
        var text = new StringBuilder(phrased.NoticeLine).Append("三、整改措施。针对您查摆的问题，建议如下（括号里是它回答的问题编号）：\n\n");
        for (var i = 0; i < step.State.Suggestions.Count; i++)
        {
            var s = step.State.Suggestions[i];
            var answers = string.Join("、", s.ProblemIds.Select(id => numbers.GetValueOrDefault(id)).OfType<string>());
            text.Append($"{i + 1}. **{s.Headline}**{s.Text}{(answers.Length > 0 ? $"（针对 {answers}）" : string.Empty)}\n\n");
        }
        return await step.PromptAsync(PromptIds.Choice, SuggestionMenu.Ask(text.ToString().TrimEnd(), "下一步"), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> DecideAsync(WaterfallStepContext<MeasuresState> step, CancellationToken cancellationToken)
    {
        if (step.State.Mode == SuggestionMenu.WriteMode)
        {
            step.State.Typed = step.GetResult<string>();
            return await step.PromptAsync(PromptIds.Answer, PromptOptions.Create(
                "这条措施针对哪些问题？请发送问题编号（如 1.2.1，多个用空格分开；编号见“提纲”），或发送“跳过”。"), cancellationToken).ConfigureAwait(false);
        }
        switch (step.GetResult<FoundChoice>()!.Value)
        {
            case SuggestionMenu.AdoptAll:
                step.State.Mode = SuggestionMenu.AllMode;
                return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            case SuggestionMenu.Pick:
                step.State.Mode = SuggestionMenu.PickMode;
                return await step.PromptAsync(PromptIds.Answer, PromptOptions.Create(SuggestionMenu.PickPrompt), cancellationToken).ConfigureAwait(false);
            case SuggestionMenu.WriteOwn:
                return await step.ReplaceDialogAsync(DialogId, step.GetOptions<StageOptions>()! with { WriteOwn = true }, cancellationToken).ConfigureAwait(false);
            case SuggestionMenu.Back:
                return await step.EndDialogAsync(new StageOutcome(StageMove.Back), cancellationToken).ConfigureAwait(false);
            default:
                return await step.EndDialogAsync(new StageOutcome(StageMove.Next), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> LinksOrOwnerAsync(WaterfallStepContext<MeasuresState> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<StageOptions>()!;
        var draft = (await _interview.Drafts(step.Context).GetAsync(options.DraftId, cancellationToken).ConfigureAwait(false))!;
        step.State.Adopted = SuggestionMenu.Adopted(
            step.State.Mode, step.State.Suggestions, step.GetResult<string>(), () => Typed(step.State.Typed!, ItemNumbers.ParseProblemRefs(step.GetResult<string>(), draft)));
        if (step.State.Adopted.Count == 0)
        {
            await step.Context.SendActivityAsync(SuggestionMenu.NothingPicked, cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(DialogId, options with { WriteOwn = false }, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(PromptIds.ShortText, PromptOptions.Create(
            $"这 {step.State.Adopted.Count} 条措施的责任人是？（例如：党组书记；不确定发送“跳过”）"), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> AskDeadlineAsync(WaterfallStepContext<MeasuresState> step, CancellationToken cancellationToken)
    {
        var owner = step.GetResult<string>()?.Trim();
        step.State.Owner = owner is null or "跳过" or "skip" ? null : owner;
        return await step.PromptAsync(PromptIds.Answer, PromptOptions.Create(
            "完成时限是？（例如：6月底前、年底前、三个月内、立行立改、长期坚持；不确定发送“跳过”）"), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext<MeasuresState> step, CancellationToken cancellationToken)
    {
        var words = step.GetResult<string>()?.Trim();
        Deadline? deadline = null;
        if (words is not (null or "跳过" or "skip"))
        {
            deadline = Deadlines.Resolve(words, _clock.Today(step.Context.Activity));
            if (deadline is null)
            {
                await step.Context.SendActivityAsync($"没能识别“{words}”这个时限，先标为【待补】，之后可以用“修改 3.N”调整。", cancellationToken).ConfigureAwait(false);
            }
        }
        var options = step.GetOptions<StageOptions>()!;
        var store = _interview.Drafts(step.Context);
        var draft = (await store.GetAsync(options.DraftId, cancellationToken).ConfigureAwait(false))!;
        var contributor = InterviewContext.ContributorOf(step.Context);
        var adopted = step.State.Adopted.Select(m => m with { Owner = step.State.Owner, Deadline = deadline, Contributor = contributor });
        draft = await store.SaveAsync(draft with { Measures = [.. draft.Measures, .. adopted] }, cancellationToken).ConfigureAwait(false);
        var missing = draft.ProblemsWithoutMeasure();
        var numbers = ItemNumbers.ProblemNumbers(draft);
        var note = missing.Count == 0
            ? "每条问题都有了对应措施。"
            : $"注意：还有 {missing.Count} 条问题没有对应措施（{string.Join("、", missing.Select(p => numbers.GetValueOrDefault(p.Id)))}）。";
        return await step.PromptAsync(PromptIds.Choice, PromptOptions.Create(
            $"已保存，整改措施现有 {draft.Measures.Count} 条。{note}接下来？",
            "请选择“再写一条”或“完成”。",
            [new Choice("再写一条") { Synonyms = ["自己写", "补充措施"] }, new Choice("完成") { Synonyms = ["下一步", "预览"] }]), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext<MeasuresState> step, CancellationToken cancellationToken)
    {
        if (step.GetResult<FoundChoice>()!.Index == 0)
        {
            return await step.ReplaceDialogAsync(DialogId, step.GetOptions<StageOptions>()! with { WriteOwn = true }, cancellationToken).ConfigureAwait(false);
        }
        return await step.EndDialogAsync(new StageOutcome(StageMove.Next), cancellationToken).ConfigureAwait(false);
    }

    private const string WritePrompt = "请写一条整改措施：先一句概括（例如“完善学习制度，提升学习实效”），句号后写具体做法。";

    private static MeasureItem Typed(string text, IReadOnlyList<string> problemIds)
    {
        var (headline, rest) = TypedText.Split(text);
        return new MeasureItem { Id = InterviewContext.NewId(), Headline = headline, Text = rest, RawInput = text, ProblemIds = [.. problemIds] };
    }
}

public sealed class MeasuresState
{
    public string? Mode { get; set; }
    public string? Typed { get; set; }
    public string? Owner { get; set; }
    public List<MeasureItem> Suggestions { get; set; } = [];
    public List<MeasureItem> Adopted { get; set; } = [];
}
