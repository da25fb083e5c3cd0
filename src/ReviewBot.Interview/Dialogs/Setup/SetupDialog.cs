using ReviewBot.Dialogs;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Workspace;
using ReviewBot.Interview.Frameworks;

namespace ReviewBot.Interview.Dialogs.Setup;

/// <summary>新建材料: who the material is for, which framework, the unit, the year (and for 个人 the person), then the draft is created.</summary>
public sealed class SetupDialog : WaterfallDialog<SetupState>
{
    public const string DialogId = "setup";
    private const string Custom = Framework.CustomId;
    private readonly InterviewContext _interview;

    public SetupDialog(InterviewContext interview) : base(DialogId)
    {
        _interview = interview;
        AddStep(AskKindAsync, "kind", "请选择材料类型：班子材料是领导班子的对照检查材料；个人材料是班子成员本人的发言提纲或对照检查材料；党员材料用于组织生活会。");
        AddStep(AskFrameworkAsync, "framework", "请选择与本单位收到的通知一致的年度框架。如果通知里的对照方面与列表不同，请选“自定义方面”，再逐一输入。");
        AddStep(AskCustomAspectsAsync, "customAspects", "把通知中列出的对照方面依次输入，用顿号、逗号或换行分隔，例如：理论学习、政治素质、能力本领。");
        AddStep(AskUnitAsync, "unit", "填写单位或班子的全称，例如“某市司法局党组”。它会出现在标题和导语中。");
        AddStep(AskYearAsync, "year", "填写材料对应的年度，例如 2023。");
        AddStep(AskNameAsync, "name", "填写本人姓名，用于标题（个人材料）。");
        AddStep(AskPostAsync, "post", "填写现任职务，例如“党组成员、副局长”。不需要可发送“跳过”。");
        AddStep(AskPortfolioAsync, "portfolio", "填写分管领域，例如“法治宣传、人民调解”，便于查摆“一岗双责”方面的问题。不需要可发送“跳过”。");
        AddStep(CreateDraftAsync, "create");
    }

    private static Task<DialogTurnResult> AskKindAsync(WaterfallStepContext<SetupState> step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Choice, PromptOptions.Create(
            "我们先确定材料类型。这份材料是为谁写的？",
            "请从下面选一项（也可以输入编号）。",
            [
                new Choice("班子材料") { Synonyms = ["班子", "领导班子", "team"] },
                new Choice("个人材料") { Synonyms = ["个人", "发言提纲", "individual"] },
                new Choice("党员材料") { Synonyms = ["党员", "组织生活会", "member"] },
            ]), cancellationToken);

    private async Task<DialogTurnResult> AskFrameworkAsync(WaterfallStepContext<SetupState> step, CancellationToken cancellationToken)
    {
        step.State.Kind = step.GetResult<FoundChoice>()!.Index switch
        {
            0 => SubjectKind.Team,
            1 => SubjectKind.Individual,
            _ => SubjectKind.Member,
        };
        var choices = _interview.Catalog.Frameworks
            .Where(f => f.Serves(step.State.Kind))
            .OrderByDescending(f => f.Year ?? 0)
            .Select(f => new Choice(f.Title) { Synonyms = [f.Id] })
            .Append(new Choice("自定义方面") { Synonyms = ["自定义", Custom] })
            .ToList();
        return await step.PromptAsync(PromptIds.Choice, PromptOptions.Create(
            "按哪个年度框架来写？", "请从列表中选一项，或输入编号。", choices), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskCustomAspectsAsync(WaterfallStepContext<SetupState> step, CancellationToken cancellationToken)
    {
        var picked = step.GetResult<FoundChoice>()!;
        var framework = _interview.Catalog.Frameworks.FirstOrDefault(f => f.Title == picked.Value);
        step.State.FrameworkId = framework?.Id ?? Custom;
        if (framework is not null)
        {
            await step.Context.SendActivityAsync(
                $"好的，按“{framework.Title}”来写，共 {framework.Aspects.Count} 个对照方面：{string.Join("；", framework.Aspects.Select(a => a.Name))}。",
                cancellationToken).ConfigureAwait(false);
            return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(PromptIds.Answer, PromptOptions.Create(
            "请输入通知中列出的对照方面，用顿号、逗号或换行分隔（例如：理论学习、政治素质、能力本领）。"), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskUnitAsync(WaterfallStepContext<SetupState> step, CancellationToken cancellationToken)
    {
        if (step.State.FrameworkId == Custom)
        {
            var names = AspectList.Parse(step.GetResult<string>());
            if (names.Count == 0)
            {
                await step.Context.SendActivityAsync("没有识别出对照方面，我们再来一次。", cancellationToken).ConfigureAwait(false);
                return await step.ReplaceDialogAsync(DialogId, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            step.State.CustomAspects = [.. names];
            await step.Context.SendActivityAsync($"已记下 {names.Count} 个方面：{string.Join("、", names)}。", cancellationToken).ConfigureAwait(false);
        }
        var question = step.State.Kind == SubjectKind.Team
            ? "单位或班子的全称是？（例如：某市司法局党组）"
            : "您所在的单位是？（例如：某市司法局）";
        return await step.PromptAsync(PromptIds.ShortText, PromptOptions.Create(question), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskYearAsync(WaterfallStepContext<SetupState> step, CancellationToken cancellationToken)
    {
        step.State.Unit = step.GetResult<string>()!.Trim();
        var framework = step.State.FrameworkId == Custom ? null : _interview.Catalog.Get(step.State.FrameworkId!);
        if (framework?.Year is { } year)
        {
            step.State.Year = year;
            return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(PromptIds.Number, PromptOptions.Create(
            "这份材料对应哪一年度？（例如 2025）", "请输入四位数的年份，例如 2025。"), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskNameAsync(WaterfallStepContext<SetupState> step, CancellationToken cancellationToken)
    {
        if (step.State.Year == 0)
        {
            var year = (int)step.GetResult<decimal>();
            if (year is < 2000 or > 2100)
            {
                await step.Context.SendActivityAsync("年份需要在 2000 到 2100 之间，我们再来一次。", cancellationToken).ConfigureAwait(false);
                step.State.Year = 0;
                return await step.PromptAsync(PromptIds.Number, PromptOptions.Create("这份材料对应哪一年度？（例如 2025）"), cancellationToken).ConfigureAwait(false);
            }
            step.State.Year = year;
        }
        if (step.State.Kind == SubjectKind.Team)
        {
            return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(PromptIds.ShortText, PromptOptions.Create("请问您的姓名？"), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> AskPostAsync(WaterfallStepContext<SetupState> step, CancellationToken cancellationToken)
    {
        if (step.State.Kind == SubjectKind.Team)
        {
            return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        step.State.PersonName = step.GetResult<string>()!.Trim();
        return await step.PromptAsync(PromptIds.ShortText, PromptOptions.Create("您现在的职务是？（可发送“跳过”）"), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> AskPortfolioAsync(WaterfallStepContext<SetupState> step, CancellationToken cancellationToken)
    {
        if (step.State.Kind == SubjectKind.Team)
        {
            return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        step.State.Post = SkipAware(step.GetResult<string>());
        return await step.PromptAsync(PromptIds.ShortText, PromptOptions.Create("您分管哪些领域？（可发送“跳过”）"), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> CreateDraftAsync(WaterfallStepContext<SetupState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        if (state.Kind != SubjectKind.Team)
        {
            state.Portfolio = SkipAware(step.GetResult<string>());
        }
        var framework = state.FrameworkId == Custom
            ? _interview.Catalog.CreateCustom([.. state.CustomAspects], state.Kind, state.Year)
            : _interview.Catalog.Get(state.FrameworkId!);
        var person = state.Kind == SubjectKind.Team ? null : new PersonInfo(state.PersonName!, state.Post, state.Portfolio);
        var setup = framework.CreateSetup(state.Kind, state.Unit!, state.Year, person);
        var draft = new Draft
        {
            Id = InterviewContext.NewId(),
            Title = DraftTitles.Short(setup),
            Setup = setup,
            Aspects = framework.CreateAspectSections(),
        };
        var store = _interview.Drafts(step.Context);
        await store.SaveAsync(draft, cancellationToken).ConfigureAwait(false);
        await _interview.SetProgressAsync(step.Context, draft.Id, new InterviewProgress(InterviewStage.Preamble), cancellationToken).ConfigureAwait(false);
        await step.Context.SendActivityAsync($"已新建材料“{draft.Title}”。每一步的回答都会立即保存，随时可以发送“暂停”，之后发送“继续”接着写。", cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(draft.Id, cancellationToken).ConfigureAwait(false);
    }

    private static string? SkipAware(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Trim() is "跳过" or "skip" or "无" or "没有" ? null : text.Trim();
}

public sealed class SetupState
{
    public SubjectKind Kind { get; set; }
    public string? FrameworkId { get; set; }
    public List<string> CustomAspects { get; set; } = [];
    public string? Unit { get; set; }
    public int Year { get; set; }
    public string? PersonName { get; set; }
    public string? Post { get; set; }
    public string? Portfolio { get; set; }
}
