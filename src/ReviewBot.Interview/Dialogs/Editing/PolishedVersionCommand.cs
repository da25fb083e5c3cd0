using ReviewBot.Builder.Turns;
using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Commands;

namespace ReviewBot.Interview.Dialogs.Editing;

/// <summary>
/// 用润色版 N / 不用润色版 N: takes or drops the model's polished wording that arrived after problem N was accepted
/// (see <see cref="ProblemItem.PendingAlternative"/>). Without a number, the only waiting one is meant. The wording
/// replaces the problem only while the problem still reads as when it was offered.
/// </summary>
public static class PolishedVersionCommand
{
    public const string UseWord = "用润色版";
    public const string DismissWord = "不用润色版";

    public static async Task RunAsync(ITurnContext turnContext, InterviewContext interview, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interview);
        ArgumentNullException.ThrowIfNull(command);
        var use = command.Kind == CommandKind.UsePolished;
        var store = interview.Drafts(turnContext);
        var draft = await store.GetActiveAsync(cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            await turnContext.SendActivityAsync("还没有材料。发送“新建材料”开始。", cancellationToken).ConfigureAwait(false);
            return;
        }
        var (item, error) = Find(draft, command.Argument, use ? UseWord : DismissWord);
        if (item is null)
        {
            await turnContext.SendActivityAsync(error!, cancellationToken).ConfigureAwait(false);
            return;
        }
        var problem = draft.Aspects[item.Index].Problems[item.SubIndex];
        var alternative = problem.PendingAlternative!;
        var current = DraftComposer.ComposeProblem(problem.Headline, problem.Elaboration, problem.Example);
        if (use && current != alternative.Replaces)
        {
            await store.SaveAsync(draft.ReplaceProblem(item.Index, item.SubIndex, problem with { PendingAlternative = null }), cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync($"{item.Number} 已经改过，润色版不再适用，保留您现在的文字。", cancellationToken).ConfigureAwait(false);
            return;
        }
        var updated = use
            ? problem with { Headline = alternative.Headline, Elaboration = alternative.Elaboration, Example = alternative.Example, PendingAlternative = null }
            : problem with { PendingAlternative = null };
        await store.SaveAsync(draft.ReplaceProblem(item.Index, item.SubIndex, updated), cancellationToken).ConfigureAwait(false);
        var reply = use
            ? $"已把 {item.Number} 换成润色版：\n\n{DraftComposer.ComposeProblem(updated.Headline, updated.Elaboration, updated.Example)}"
            : $"好的，{item.Number} 保留原来的文字。";
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The problem named (or the only one with a waiting polished version), or the message saying why none.</summary>
    private static (ItemRef? Item, string? Error) Find(Draft draft, string? argument, string word)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            var waiting = Waiting(draft);
            return waiting.Count switch
            {
                0 => (null, "现在没有待用的润色版。"),
                1 => (waiting[0], null),
                _ => (null, $"有 {waiting.Count} 条润色版待用：{string.Join("、", waiting.Select(w => w.Number))}。请在命令后写上编号，例如“{word} {waiting[0].Number}”。"),
            };
        }
        var item = ItemNumbers.Parse(argument, draft);
        if (item is not { Kind: ItemKind.Problem })
        {
            return (null, $"没有找到编号“{argument.Trim()}”的问题。问题的编号形如 1.2.1，见“提纲”。");
        }
        return draft.Aspects[item.Index].Problems[item.SubIndex].PendingAlternative is null
            ? (null, $"{item.Number} 没有待用的润色版。")
            : (item, null);
    }

    private static List<ItemRef> Waiting(Draft draft) =>
        draft.Aspects.SelectMany((a, i) => a.Problems.Select((p, j) => (p, Ref: new ItemRef(ItemKind.Problem, i, j))))
            .Where(x => x.p.PendingAlternative is not null)
            .Select(x => x.Ref)
            .ToList();
}
