using System.Globalization;
using System.Text;
using ReviewBot.Dialogs;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;

namespace ReviewBot.Interview.Dialogs.DraftList;

/// <summary>我的材料: list the owner's drafts; switch to one, rename it, or delete it after confirmation.</summary>
public sealed class MyDraftsDialog : WaterfallDialog<MyDraftsState>
{
    public const string DialogId = "myDrafts";
    private readonly InterviewContext _interview;

    public MyDraftsDialog(InterviewContext interview) : base(DialogId)
    {
        _interview = interview;
        AddStep(ListAsync, "list", "输入编号选择一份材料，然后可以切换到它、重命名或删除。发送“返回”回到主菜单。");
        AddStep(ActionAsync, "action");
        AddStep(DoAsync, "do");
        AddStep(FinishAsync, "finish");
    }

    private async Task<DialogTurnResult> ListAsync(WaterfallStepContext<MyDraftsState> step, CancellationToken cancellationToken)
    {
        var index = await _interview.Drafts(step.Context).GetIndexAsync(cancellationToken).ConfigureAwait(false);
        if (index.Drafts.Count == 0)
        {
            await step.Context.SendActivityAsync("还没有材料。发送“新建材料”开始写第一份。", cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        var text = new StringBuilder("您的材料（★ 为当前正在写的）：\n\n");
        var choices = new List<Choice>();
        for (var i = 0; i < index.Drafts.Count; i++)
        {
            var d = index.Drafts[i];
            var star = d.Id == index.ActiveDraftId ? "★ " : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {star}{d.Title}（{d.UpdatedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} 更新）\n");
            choices.Add(new Choice(d.Id) { Title = $"{i + 1}. {Shorten(d.Title)}" });
        }
        choices.Add(new Choice("返回") { Synonyms = ["取消"] });
        step.State.Ids = index.Drafts.Select(d => d.Id).ToList();
        return await step.PromptAsync(PromptIds.Choice, PromptOptions.Create(text.Append("\n选择哪一份？").ToString(), "请输入编号，或发送“返回”。", choices), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> ActionAsync(WaterfallStepContext<MyDraftsState> step, CancellationToken cancellationToken)
    {
        var picked = step.GetResult<FoundChoice>()!;
        if (picked.Value == "返回")
        {
            return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        step.State.Selected = picked.Value;
        return await step.PromptAsync(PromptIds.Choice, PromptOptions.Create("要对这份材料做什么？", "请选择：切换到它、重命名、删除或返回。",
            [new Choice("切换到它") { Synonyms = ["切换", "继续写"] }, new Choice("重命名"), new Choice("删除"), new Choice("返回")]), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> DoAsync(WaterfallStepContext<MyDraftsState> step, CancellationToken cancellationToken)
    {
        var store = _interview.Drafts(step.Context);
        switch (step.GetResult<FoundChoice>()!.Value)
        {
            case "切换到它":
                await store.SetActiveAsync(step.State.Selected!, cancellationToken).ConfigureAwait(false);
                await step.Context.SendActivityAsync("已切换。发送“继续”接着写，或“预览”查看全文。", cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            case "重命名":
                step.State.Action = "rename";
                return await step.PromptAsync(PromptIds.ShortText, PromptOptions.Create("请输入新的名称："), cancellationToken).ConfigureAwait(false);
            case "删除":
                step.State.Action = "delete";
                return await step.PromptAsync(PromptIds.Confirm, PromptOptions.Create("删除后无法恢复，确定删除这份材料吗？", "请回答“是”或“否”。"), cancellationToken).ConfigureAwait(false);
            default:
                return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext<MyDraftsState> step, CancellationToken cancellationToken)
    {
        var store = _interview.Drafts(step.Context);
        if (step.State.Action == "rename")
        {
            await store.RenameAsync(step.State.Selected!, step.GetResult<string>()!.Trim(), cancellationToken).ConfigureAwait(false);
            await step.Context.SendActivityAsync("已重命名。", cancellationToken).ConfigureAwait(false);
        }
        else if (step.GetResult<bool>())
        {
            await store.DeleteAsync(step.State.Selected!, cancellationToken).ConfigureAwait(false);
            await step.Context.SendActivityAsync("已删除。", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await step.Context.SendActivityAsync("好的，没有删除。", cancellationToken).ConfigureAwait(false);
        }
        return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static string Shorten(string title) => title.Length <= 18 ? title : title[..17] + "…";
}

public sealed class MyDraftsState
{
    public List<string> Ids { get; set; } = [];
    public string? Selected { get; set; }
    public string? Action { get; set; }
}
