using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Drafts.Composition;
using ReviewBot.Interview.Commands;
using ReviewBot.Interview.Dialogs.Flow;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Interview.Dialogs.Aspects;

/// <summary>
/// One 对照方面: ask for a problem in the user's own words, phrase it, let the user adopt or correct it, then
/// 再加一条 or move on. Ends with a <see cref="StageOutcome"/>.
/// </summary>
public sealed class AspectDialog : WaterfallDialog<AspectState>
{
    public const string DialogId = "aspect";
    private readonly InterviewContext _interview;

    public AspectDialog(InterviewContext interview) : base(DialogId)
    {
        _interview = interview;
        AddStep(AskProblemAsync, "ask");
        AddStep(PhraseAsync, "phrase");
        AddStep(SaveAsync, "save");
        AddStep(NextOrMoreAsync, "more");
    }

    private async Task<DialogTurnResult> AskProblemAsync(WaterfallStepContext<AspectState> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<StageOptions>()!;
        var draft = await _interview.Drafts(step.Context).GetAsync(options.DraftId, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return await step.EndDialogAsync(new StageOutcome(StageMove.Finish), cancellationToken).ConfigureAwait(false);
        }
        var section = draft.Aspects[options.AspectIndex];
        var aspect = _interview.FrameworkOf(draft).FindAspect(section.AspectId);
        var number = $"（{ChineseNumbering.Numeral(options.AspectIndex + 1)}）";
        string question;
        if (section.Problems.Count == 0)
        {
            var covers = aspect is null ? string.Empty : $"\n这一方面主要看：{aspect.Covers}";
            var ask = aspect?.Questions.FirstOrDefault() ?? "这一方面存在哪些具体问题？";
            question = $"**{number}{section.Name}**（第 {options.AspectIndex + 1}/{draft.Aspects.Count} 个方面）{covers}\n\n{ask}\n\n请用自己的话说一个具体问题，最好带一个实例（时间、事情、数字）。没有可写的就发送“下一个方面”。";
        }
        else
        {
            var ordinal = ChineseNumbering.Point(section.Problems.Count + 1);
            var ask = aspect?.Questions.ElementAtOrDefault(section.Problems.Count) ?? "还有哪方面的问题？";
            question = $"{number}{section.Name}已有 {section.Problems.Count} 条。请说第{ordinal.TrimEnd('是')}条问题：{ask}";
        }
        return await step.PromptAsync(PromptIds.Answer, PromptOptions.Create(question, help: HelpFor(aspect)), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> PhraseAsync(WaterfallStepContext<AspectState> step, CancellationToken cancellationToken)
    {
        var text = step.GetResult<string>()!;
        if (CommandParser.Parse(text) is { } command)
        {
            var move = command.Kind switch
            {
                CommandKind.Skip or CommandKind.NextAspect => StageMove.Next,
                CommandKind.Back => StageMove.Back,
                CommandKind.Finish => StageMove.Finish,
                _ => (StageMove?)null,
            };
            if (move is { } m)
            {
                return await step.EndDialogAsync(new StageOutcome(m), cancellationToken).ConfigureAwait(false);
            }
            await step.Context.SendActivityAsync("这个命令在这里用不上。请直接描述问题，或发送“下一个方面”。", cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(DialogId, step.GetOptions<StageOptions>(), cancellationToken).ConfigureAwait(false);
        }
        var options = step.GetOptions<StageOptions>()!;
        var draft = (await _interview.Drafts(step.Context).GetAsync(options.DraftId, cancellationToken).ConfigureAwait(false))!;
        var framework = _interview.FrameworkOf(draft);
        var aspect = framework.FindAspect(draft.Aspects[options.AspectIndex].AspectId) ?? framework.Aspects[0];
        var request = new ProblemRequest
        {
            Framework = framework, Aspect = aspect, Kind = draft.Setup.Kind, RawInput = text,
            DraftId = draft.Id, UnitName = draft.Setup.UnitName, PersonName = draft.Setup.Person?.Name,
            LateTarget = LateTargets.For(step.Context, draft.Id, options.AspectIndex),
        };
        await _interview.DiscloseModelOnceAsync(step.Context, cancellationToken).ConfigureAwait(false);
        var phrased = await _interview.Phraser.PhraseProblemAsync(request, cancellationToken).ConfigureAwait(false);
        return await step.BeginDialogAsync(ProblemReviewDialog.DialogId,
            new ProblemReviewOptions(options.DraftId, options.AspectIndex, text, phrased), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext<AspectState> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<StageOptions>()!;
        var reviewed = step.GetResult<ProblemReviewResult>();
        if (reviewed?.Problem is not { } problem)
        {
            await step.Context.SendActivityAsync("这条没有保存。", cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(DialogId, options, cancellationToken).ConfigureAwait(false);
        }
        var store = _interview.Drafts(step.Context);
        var draft = (await store.GetAsync(options.DraftId, cancellationToken).ConfigureAwait(false))!;
        draft = await store.SaveAsync(draft.AddProblem(options.AspectIndex, problem), cancellationToken).ConfigureAwait(false);
        var count = draft.Aspects[options.AspectIndex].Problems.Count;
        var isLast = options.AspectIndex == draft.Aspects.Count - 1;
        return await step.PromptAsync(PromptIds.Choice, PromptOptions.Create(
            $"已保存为第{ChineseNumbering.Numeral(count)}条（编号 1.{options.AspectIndex + 1}.{count}）。一般每个方面写两三条。接下来？",
            "请选择“再加一条”或“下一个方面”。",
            [new Choice("再加一条") { Synonyms = ["再写一条", "继续添加"] }, new Choice(isLast ? "进入原因分析" : "下一个方面") { Synonyms = ["下一个方面", "下一步", "next"] }]),
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> NextOrMoreAsync(WaterfallStepContext<AspectState> step, CancellationToken cancellationToken)
    {
        if (step.GetResult<FoundChoice>()!.Index == 0)
        {
            return await step.ReplaceDialogAsync(DialogId, step.GetOptions<StageOptions>(), cancellationToken).ConfigureAwait(false);
        }
        return await step.EndDialogAsync(new StageOutcome(StageMove.Next), cancellationToken).ConfigureAwait(false);
    }

    private static string HelpFor(Frameworks.Aspect? aspect)
    {
        if (aspect is null)
        {
            return "请描述一个具体问题，最好带实例。可用命令：下一个方面、上一步、预览、暂停。";
        }
        var samples = string.Join("\n", aspect.PhraseBank.Take(4).Select(p => "· " + p.Text));
        var hints = string.Join("\n", aspect.Hints.Take(3).Select(h => "· " + h));
        return $"“{aspect.Name}”方面主要看：{aspect.Covers}\n\n可以从这些角度想一想：\n{hints}\n\n常见的问题表述（仅供参考，请结合实际）：\n{samples}\n\n可用命令：下一个方面、上一步、预览、提纲、暂停。";
    }
}

/// <summary>Nothing needs keeping between the steps beyond options and results.</summary>
public sealed class AspectState;
