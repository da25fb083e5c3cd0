using System.Text;
using ReviewBot.Dialogs;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Dialogs.Flow;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Interview.Dialogs.Causes;

/// <summary>二、原因分析: suggests causes along the framework's dimensions from the user's problems; the user adopts, picks or writes their own.</summary>
public sealed class CausesDialog : WaterfallDialog<CausesState>
{
    public const string DialogId = "causes";
    private readonly InterviewContext _interview;

    public CausesDialog(InterviewContext interview) : base(DialogId)
    {
        _interview = interview;
        AddStep(SuggestAsync, "suggest", "原因分析要从思想上、主观上找根源（理想信念、党性修养、宗旨意识、纪律规矩等）。“全部采用”保存所有建议；“挑选”输入编号；“自己写”由您撰写；“跳过”进入整改措施。");
        AddStep(DecideAsync, "decide");
        AddStep(SaveAsync, "save");
        AddStep(MoreAsync, "more");
    }

    private async Task<DialogTurnResult> SuggestAsync(WaterfallStepContext<CausesState> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<StageOptions>()!;
        if (options.WriteOwn)
        {
            step.State.Mode = SuggestionMenu.WriteMode;
            return await step.PromptAsync(PromptIds.Answer, PromptOptions.Create(WritePrompt), cancellationToken).ConfigureAwait(false);
        }
        var draft = (await _interview.Drafts(step.Context).GetAsync(options.DraftId, cancellationToken).ConfigureAwait(false))!;
        await _interview.DiscloseModelOnceAsync(step.Context, cancellationToken).ConfigureAwait(false);
        var phrased = await _interview.Phraser.SuggestCausesAsync(new CausesRequest
        {
            Framework = _interview.FrameworkOf(draft),
            Kind = draft.Setup.Kind,
            Aspects = draft.Aspects,
            DraftId = draft.Id,
            UnitName = draft.Setup.UnitName,
            PersonName = draft.Setup.Person?.Name,
        }, cancellationToken).ConfigureAwait(false);
        step.State.Suggestions = phrased.Value.Select(s => new CauseItem
        {
            Id = InterviewContext.NewId(),
            DimensionId = s.DimensionId,
            Headline = s.Headline,
            Text = s.Text,
        }).ToList();
        var text = new StringBuilder(phrased.NoticeLine).Append(draft.Causes.Count > 0 ? $"二、原因分析（已有 {draft.Causes.Count} 条）。根据您查摆的问题，我再提供几条可选的原因：\n\n" : "二、原因分析。根据您查摆的问题，建议从这几方面剖析（只写思想根源，不含具体事实）：\n\n");
        for (var i = 0; i < step.State.Suggestions.Count; i++)
        {
            var s = step.State.Suggestions[i];
            text.Append($"{i + 1}. **{s.Headline}**{s.Text}\n\n");
        }
        return await step.PromptAsync(PromptIds.Choice, SuggestionMenu.Ask(text.ToString().TrimEnd(), "下一步", "进入整改措施"), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> DecideAsync(WaterfallStepContext<CausesState> step, CancellationToken cancellationToken)
    {
        if (step.State.Mode == SuggestionMenu.WriteMode)
        {
            return await step.NextAsync(step.GetResult<string>(), cancellationToken).ConfigureAwait(false);
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
                step.State.Mode = SuggestionMenu.WriteMode;
                return await step.PromptAsync(PromptIds.Answer, PromptOptions.Create(WritePrompt), cancellationToken).ConfigureAwait(false);
            case SuggestionMenu.Back:
                return await step.EndDialogAsync(new StageOutcome(StageMove.Back), cancellationToken).ConfigureAwait(false);
            default:
                return await step.EndDialogAsync(new StageOutcome(StageMove.Next), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext<CausesState> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<StageOptions>()!;
        var store = _interview.Drafts(step.Context);
        var draft = (await store.GetAsync(options.DraftId, cancellationToken).ConfigureAwait(false))!;
        var contributor = InterviewContext.ContributorOf(step.Context);
        var adopted = SuggestionMenu.Adopted(step.State.Mode, step.State.Suggestions, step.GetResult<string>(), () => Typed(step.GetResult<string>()!));
        if (adopted.Count == 0)
        {
            await step.Context.SendActivityAsync(SuggestionMenu.NothingPicked, cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(DialogId, options with { WriteOwn = false }, cancellationToken).ConfigureAwait(false);
        }
        draft = await store.SaveAsync(draft with { Causes = [.. draft.Causes, .. adopted.Select(c => c with { Contributor = contributor })] }, cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(PromptIds.Choice, PromptOptions.Create(
            $"已保存，原因分析现有 {draft.Causes.Count} 条（编号 2.1–2.{draft.Causes.Count}）。接下来？",
            "请选择“再写一条”或“进入整改措施”。",
            [new Choice("再写一条") { Synonyms = ["自己写"] }, new Choice("进入整改措施") { Synonyms = ["下一步", "跳过"] }]), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> MoreAsync(WaterfallStepContext<CausesState> step, CancellationToken cancellationToken)
    {
        if (step.GetResult<FoundChoice>()!.Index == 0)
        {
            return await step.ReplaceDialogAsync(DialogId, step.GetOptions<StageOptions>()! with { WriteOwn = true }, cancellationToken).ConfigureAwait(false);
        }
        return await step.EndDialogAsync(new StageOutcome(StageMove.Next), cancellationToken).ConfigureAwait(false);
    }

    private const string WritePrompt = "请写一条原因：先一句概括（例如“理想信念的坚守还不够牢”），句号后再展开。";

    private static CauseItem Typed(string text)
    {
        var (headline, rest) = TypedText.Split(text);
        return new CauseItem { Id = InterviewContext.NewId(), Headline = headline, Text = rest, RawInput = text };
    }
}

public sealed class CausesState
{
    public string? Mode { get; set; }
    public List<CauseItem> Suggestions { get; set; } = [];
}
