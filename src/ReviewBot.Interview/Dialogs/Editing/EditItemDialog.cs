using ReviewBot.Dialogs;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Dialogs.Editing;

/// <summary>修改 N / 删除 N: shows the item, takes the new text or a confirmation, saves. Ends back where the user was.</summary>
public sealed class EditItemDialog : WaterfallDialog<EditState>
{
    public const string DialogId = "editItem";
    private readonly InterviewContext _interview;

    public EditItemDialog(InterviewContext interview) : base(DialogId)
    {
        _interview = interview;
        AddStep(ShowAsync, "show", "修改：发送改好的完整文字；删除：回答“是”或“否”。发送“取消”放弃修改。");
        AddStep(ApplyAsync, "apply");
    }

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext<EditState> step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<EditRequest>()!;
        var draft = await _interview.Drafts(step.Context).GetAsync(request.DraftId, cancellationToken).ConfigureAwait(false);
        var item = draft is null ? null : ItemNumbers.Parse(request.Number, draft);
        if (draft is null || item is null)
        {
            await step.Context.SendActivityAsync($"没有找到编号“{request.Number}”的内容。编号见“提纲”，例如 1.2.1（问题）、2.1（原因）、3.2（措施）、0（导语）。", cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        var current = CurrentText(draft, item);
        if (request.Delete)
        {
            if (item.Kind == ItemKind.Preamble)
            {
                await step.Context.SendActivityAsync("导语不能删除，可以用“修改 0”改写。", cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            return await step.PromptAsync(PromptIds.Confirm, PromptOptions.Create($"确定删除 {item.Number} 吗？\n\n{current}", "请回答“是”或“否”。"), cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(PromptIds.Answer, PromptOptions.Create(
            $"{item.Number} 现在是：\n\n{current}\n\n请发送修改后的完整文字（发送“取消”放弃）。"), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ApplyAsync(WaterfallStepContext<EditState> step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<EditRequest>()!;
        var store = _interview.Drafts(step.Context);
        var draft = (await store.GetAsync(request.DraftId, cancellationToken).ConfigureAwait(false))!;
        var item = ItemNumbers.Parse(request.Number, draft)!;
        if (request.Delete)
        {
            if (!step.GetResult<bool>())
            {
                await step.Context.SendActivityAsync("好的，没有删除。", cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            await store.SaveAsync(Delete(draft, item), cancellationToken).ConfigureAwait(false);
            await step.Context.SendActivityAsync($"已删除 {item.Number}。后面各条的编号顺延前移。", cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        var text = step.GetResult<string>()!.Trim();
        await store.SaveAsync(Replace(draft, item, text, InterviewContext.ContributorOf(step.Context)), cancellationToken).ConfigureAwait(false);
        await step.Context.SendActivityAsync($"已保存对 {item.Number} 的修改。", cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static string CurrentText(Draft draft, ItemRef item) => item.Kind switch
    {
        ItemKind.Preamble => draft.Preamble ?? "（导语尚未填写）",
        ItemKind.Problem => Drafts.Composition.DraftComposer.ComposeProblem(
            draft.Aspects[item.Index].Problems[item.SubIndex].Headline,
            draft.Aspects[item.Index].Problems[item.SubIndex].Elaboration,
            draft.Aspects[item.Index].Problems[item.SubIndex].Example),
        ItemKind.Cause => $"{draft.Causes[item.Index].Headline}。{draft.Causes[item.Index].Text}",
        _ => $"{draft.Measures[item.Index].Headline}。{draft.Measures[item.Index].Text}",
    };

    private static Draft Delete(Draft draft, ItemRef item) => item.Kind switch
    {
        ItemKind.Problem => draft.RemoveProblem(item.Index, item.SubIndex),
        ItemKind.Cause => draft with { Causes = draft.Causes.Where((_, i) => i != item.Index).ToList() },
        _ => draft with { Measures = draft.Measures.Where((_, i) => i != item.Index).ToList() },
    };

    private static Draft Replace(Draft draft, ItemRef item, string text, Contributor contributor)
    {
        var (headline, rest) = TypedText.Split(text);
        switch (item.Kind)
        {
            case ItemKind.Preamble:
                return draft with { Preamble = text };
            case ItemKind.Problem:
                var old = draft.Aspects[item.Index].Problems[item.SubIndex];
                return draft.ReplaceProblem(item.Index, item.SubIndex, DraftEdits.ProblemFromTypedText(old.Id, text, old, contributor));
            case ItemKind.Cause:
                var causes = draft.Causes.ToList();
                causes[item.Index] = causes[item.Index] with { Headline = headline, Text = rest, Contributor = contributor };
                return draft with { Causes = causes };
            default:
                var measures = draft.Measures.ToList();
                measures[item.Index] = measures[item.Index] with { Headline = headline, Text = rest, Contributor = contributor };
                return draft with { Measures = measures };
        }
    }
}

public sealed record EditRequest(string DraftId, string Number, bool Delete);

public sealed class EditState;
