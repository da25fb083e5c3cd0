using System.Globalization;
using System.Text.RegularExpressions;
using ReviewBot.Builder.Turns;
using ReviewBot.Drafts.Import;
using ReviewBot.Interview.Workspace;

namespace ReviewBot.Interview.Rectification;

/// <summary>导入: last year's material → recognised parts shown for confirmation → its measures tracked → 上年度整改落实情况.</summary>
public sealed partial class RectificationCommands
{
    private const string GeneratedPreviousProperty = "rectificationGeneratedPrevious";

    private async Task StartImportAsync(ITurnContext turn, DraftOwner owner, string? text, CancellationToken cancellationToken)
    {
        var body = ImportWord().Replace(text ?? string.Empty, string.Empty, 1).Trim();
        if (body.Length == 0 && importReader is not null)
        {
            var read = await importReader.ReadAttachmentAsync(turn.Activity, cancellationToken).ConfigureAwait(false);
            if (read.Problem is { } problem)
            {
                await turn.SendActivityAsync(problem, cancellationToken).ConfigureAwait(false);
                return;
            }
            body = read.Text ?? string.Empty;
        }
        if (body.Length == 0)
        {
            Ask(turn, new PendingQuestion(PendingKind.ImportMaterial, string.Empty, string.Empty));
            await turn.SendActivityAsync("请把上年度的对照检查材料全文粘贴发送过来（或附上 .docx / .txt 文件并写“导入”）。", cancellationToken).ConfigureAwait(false);
            return;
        }
        await PreviewImportAsync(turn, body, cancellationToken).ConfigureAwait(false);
    }

    private async Task PreviewImportAsync(ITurnContext turn, string body, CancellationToken cancellationToken)
    {
        var material = MaterialImporter.Parse(body);
        if (material.Measures.Count == 0)
        {
            await turn.SendActivityAsync("没有在这份材料里找到整改措施。请确认材料里有“整改措施”或“下一步打算”之类的标题，条目用“（一）”“1.”等编号，然后重新发送“导入”加全文。", cancellationToken).ConfigureAwait(false);
            return;
        }
        Ask(turn, new PendingQuestion(PendingKind.ImportConfirmation, string.Empty, string.Empty, ImportText: body));
        await turn.SendActivityAsync(DescribeImport(material), cancellationToken).ConfigureAwait(false);
    }

    internal static string DescribeImport(ImportedMaterial material)
    {
        static string First(IReadOnlyList<ImportedItem> items) => items.Count == 0 ? "（无）" : string.Join("；", items.Take(3).Select(i => LedgerSummary.Shorten(i.Headline, 24))) + (items.Count > 3 ? "……" : string.Empty);
        var measures = string.Join('\n', material.Measures.Select((m, i) => $"3.{i + 1} {LedgerSummary.Shorten(m.Headline, 40)}"));
        return $"识别结果：问题 {material.Problems.Count} 条，原因 {material.Causes.Count} 条，措施 {material.Measures.Count} 项"
            + (material.Unrecognised.Count > 0 ? $"，另有 {material.Unrecognised.Count} 段未能归类（原文保留，不会丢失）" : string.Empty) + "。\n"
            + $"问题：{First(material.Problems)}\n原因：{First(material.Causes)}\n措施：\n{measures}\n\n"
            + "回复“确认”导入这些措施（状态记为未启动）；也可以写明已有进展，如“确认 已完成 1 3 长期坚持 2”或“全部已完成”；回复“否”放弃。";
    }

    private async Task ConfirmImportAsync(ITurnContext turn, DraftOwner owner, PendingQuestion pending, string answer, CancellationToken cancellationToken)
    {
        if (pending.Kind == PendingKind.ImportMaterial)
        {
            await StartImportAsync(turn, owner, answer, cancellationToken).ConfigureAwait(false);
            return;
        }
        var material = MaterialImporter.Parse(pending.ImportText ?? string.Empty);
        if (answer.StartsWith('否') || answer.StartsWith("放弃", StringComparison.Ordinal) || answer.StartsWith("不", StringComparison.Ordinal))
        {
            await turn.SendActivityAsync("好的，没有导入。", cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!(answer.StartsWith("确认", StringComparison.Ordinal) || answer.StartsWith('是') || answer.StartsWith("好", StringComparison.Ordinal) || answer.StartsWith("全部", StringComparison.Ordinal)))
        {
            Ask(turn, pending);
            await turn.SendActivityAsync("请回复“确认”（可带上“已完成 1 3”等说明）或“否”。", cancellationToken).ConfigureAwait(false);
            return;
        }
        var statuses = ImportStatuses(answer, material.Measures.Count);
        var now = interview.Time.GetUtcNow();
        var importId = Dialogs.InterviewContext.NewId();
        var title = $"上年度材料（{Today(turn):yyyy-MM-dd}导入）";
        var measures = material.Measures.Select((m, i) => new TrackedMeasure
        {
            OwnerKey = owner.Key, MeasureId = $"{importId}-{i + 1}", DraftId = TrackedMeasure.ImportedDraftPrefix + importId, DraftTitle = title,
            Number = $"3.{i + 1}", Sequence = i, Text = m.Text, ProblemRefs = m.Group, Status = statuses[i], UpdatedAt = now,
        }).ToList();
        await ledger.AddAsync(measures, Author(turn), now, cancellationToken).ConfigureAwait(false);
        var written = await RefreshPreviousRectificationAsync(turn, owner, cancellationToken).ConfigureAwait(false);
        await turn.SendActivityAsync($"已导入 {measures.Count} 项措施到整改台账（{title}）。"
            + (written ? "当前材料已写入“上年度整改落实情况”一节，措施状态变化时会随之更新。" : "新建材料后，“上年度整改落实情况”一节会根据这些措施的状态自动写入。")
            + "发送“整改进展”查看。", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>确认 → all 未启动; 全部已完成 → all done; 已完成 1 3 / 整改中 2 / 长期坚持 4 → those.</summary>
    internal static MeasureStatus[] ImportStatuses(string answer, int count)
    {
        var statuses = Enumerable.Repeat(MeasureStatus.NotStarted, count).ToArray();
        if (AllStatus().Match(answer) is { Success: true } all && MeasureStatusRules.Parse(all.Groups["s"].Value) is { } everything)
        {
            Array.Fill(statuses, everything);
        }
        foreach (Match m in StatusList().Matches(answer))
        {
            var status = MeasureStatusRules.Parse(m.Groups["s"].Value)!.Value;
            foreach (Match n in Digits().Matches(m.Groups["n"].Value))
            {
                var i = int.Parse(n.Value.Split('.')[^1], CultureInfo.InvariantCulture) - 1;
                if (i >= 0 && i < count)
                {
                    statuses[i] = status;
                }
            }
        }
        return statuses;
    }

    /// <summary>
    /// Writes 上年度整改落实情况 into the active draft from the imported measures, unless the user has since edited the
    /// section by hand. True when the draft now has the generated text.
    /// </summary>
    private async Task<bool> RefreshPreviousRectificationAsync(ITurnContext turn, DraftOwner owner, CancellationToken cancellationToken)
    {
        var store = interview.Drafts(turn);
        if (await store.GetActiveAsync(cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            return false;
        }
        var imported = (await ledger.ListAsync(owner.Key, cancellationToken).ConfigureAwait(false)).Where(m => m.IsImported).ToList();
        if (PreviousRectificationText.Compose(imported, Today(turn)) is not { } text)
        {
            return false;
        }
        var generated = turn.State.Conversation.Get<Dictionary<string, string>>(GeneratedPreviousProperty) ?? [];
        if (draft.PreviousRectification is { } current && generated.GetValueOrDefault(draft.Id) != current)
        {
            return false; // written or edited by the user: leave it alone
        }
        if (draft.PreviousRectification != text)
        {
            await store.SaveAsync(draft with { PreviousRectification = text }, cancellationToken).ConfigureAwait(false);
        }
        generated[draft.Id] = text;
        turn.State.Conversation.Set(GeneratedPreviousProperty, generated);
        return true;
    }

    [GeneratedRegex(@"^\s*/?(?:导入|import)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ImportWord();

    [GeneratedRegex(@"全部(?<s>已完成|整改中|长期坚持|未启动)")]
    private static partial Regex AllStatus();

    [GeneratedRegex(@"(?<s>已完成|整改中|长期坚持|未启动)\s*(?<n>(?:[\s,，、]*(?:3\.)?\d+)+)")]
    private static partial Regex StatusList();

    [GeneratedRegex(@"(?:3\.)?\d+")]
    private static partial Regex Digits();
}
