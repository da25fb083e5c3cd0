using ReviewBot.Builder.Files;
using ReviewBot.Dialogs;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Documents;
using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Dialogs.Measures;
using ReviewBot.Interview.Quality;

namespace ReviewBot.Interview.Dialogs.Export;

/// <summary>
/// 导出 [全文|导语|问题|原因|措施|第N方面|整改清单]: runs the 材料体检 over the part being exported first — when it finds
/// something, shows a short summary and asks 仍然导出 / 先去修改 (never blocking); when not, says so in one line — then
/// builds the Word file and hands it over through the channel's file delivery.
/// </summary>
public sealed class ExportDialog : WaterfallDialog<ExportState>
{
    public const string DialogId = "export";
    private readonly InterviewContext _interview;
    private readonly DocxWriter _writer;
    private readonly RectificationTableWriter _tableWriter;
    private readonly DraftQualityCheck _quality;
    private readonly IFileDelivery? _delivery;

    public ExportDialog(InterviewContext interview, DocxWriter writer, RectificationTableWriter tableWriter, DraftQualityCheck quality, IFileDelivery? delivery) : base(DialogId)
    {
        _interview = interview;
        _writer = writer;
        _tableWriter = tableWriter;
        _quality = quality;
        _delivery = delivery;
        AddStep(CheckAsync, "check", "导出前会先做材料体检。选“仍然导出”照样生成文件（【待补】会以黄色标出），选“先去修改”暂不导出；发送“体检”可查看全部问题和修改建议。");
        AddStep(DeliverAsync, "deliver");
    }

    private async Task<DialogTurnResult> CheckAsync(WaterfallStepContext<ExportState> step, CancellationToken cancellationToken)
    {
        var argument = step.GetOptions<string>();
        var draft = await _interview.Drafts(step.Context).GetActiveAsync(cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            await step.Context.SendActivityAsync("还没有材料可以导出。发送“新建材料”开始。", cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        if (ExportTarget.Parse(argument, draft) is not { } target)
        {
            await step.Context.SendActivityAsync("没有看懂要导出哪一部分。可以发送：导出、导出 导语、导出 问题、导出 第二方面、导出 原因、导出 措施、导出 整改清单。", cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        step.State.Argument = argument;
        var document = target.Selection?.Apply(DraftComposer.Compose(draft));
        if (document is { Blocks.Count: 0 })
        {
            await step.Context.SendActivityAsync($"“{target.Label}”还没有内容，暂时无法导出。", cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        var report = new QualityReport(_quality.Check(draft).Findings.Where(target.Covers).ToList());
        if (report.Passed)
        {
            step.State.CheckPassed = true;
            await step.Context.SendActivityAsync(QualityReportView.Summarize(report), cancellationToken).ConfigureAwait(false);
            return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        var placeholders = report.Findings.Any(f => f.Rule == QualityRule.Placeholder) ? "导出的文件里会用黄色标出【待补】。" : string.Empty;
        return await step.PromptAsync(PromptIds.Choice, PromptOptions.Create(
            $"{QualityReportView.Summarize(report)}\n\n“{target.Label}”仍然导出吗？{placeholders}",
            "请选择“仍然导出”或“先去修改”。",
            [
                new Choice(ExportAnyway) { Synonyms = ["是", "导出", "继续导出", "照样导出", "yes"] },
                new Choice(FixFirst) { Synonyms = ["否", "不", "先不导出", "修改", "no"] },
            ]), cancellationToken).ConfigureAwait(false);
    }

    private const string ExportAnyway = "仍然导出";
    private const string FixFirst = "先去修改";

    private async Task<DialogTurnResult> DeliverAsync(WaterfallStepContext<ExportState> step, CancellationToken cancellationToken)
    {
        if (!step.State.CheckPassed && step.GetResult<FoundChoice>()?.Value != ExportAnyway)
        {
            await step.Context.SendActivityAsync("好的，先不导出。发送“体检”查看全部问题和修改建议，“提纲”查看各条编号，改好后再发送“导出”。", cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        var draft = (await _interview.Drafts(step.Context).GetActiveAsync(cancellationToken).ConfigureAwait(false))!;
        var target = ExportTarget.Parse(step.State.Argument, draft)!;
        var title = DraftComposer.DocumentTitle(draft);
        var metadata = new DocumentMetadata(title, draft.Setup.Person?.Name ?? draft.Setup.UnitName, _interview.Time.GetUtcNow());
        // Rendering is the slow, CPU-bound part of a turn: the thread pool does it, not the thread serving connections.
        var bytes = await Task.Run(() => target.Selection is { } selection
            ? _writer.Write(DraftComposer.Compose(draft), metadata, selection)
            : _tableWriter.Write(RectificationRows.From(draft, title), metadata), cancellationToken).ConfigureAwait(false);
        var file = new OutgoingFile(FileNames.For(draft, target.Label), OutgoingFile.DocxContentType, bytes, $"{title}（{target.Label}）");
        if (_delivery is null)
        {
            await step.Context.SendActivityAsync("这个渠道暂不支持发送文件。", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _delivery.DeliverAsync(step.Context, file, cancellationToken).ConfigureAwait(false);
        }
        return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}

public sealed class ExportState
{
    public string? Argument { get; set; }
    /// <summary>The 材料体检 found nothing, so no question was asked.</summary>
    public bool CheckPassed { get; set; }
}

/// <summary>What 导出 was asked for: a selection of the document, or (Selection null) the 整改清单 table.</summary>
public sealed record ExportTarget(string Label, DocumentSelection? Selection)
{
    /// <summary>Whether a 材料体检 finding is about what is being exported (by its item number).</summary>
    public bool Covers(QualityFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var item = finding.Item;
        if (Selection is null)
        {
            // The 整改清单 lists the measures and the problems they answer.
            return item?.StartsWith("3.", StringComparison.Ordinal) == true || finding.Rule == QualityRule.ProblemWithoutMeasure;
        }
        return Selection.Part switch
        {
            null => true,
            DocumentPart.Preamble => item == "0",
            DocumentPart.PreviousRectification => item is null,
            DocumentPart.Problems when Selection.AspectIndex is { } a => item?.StartsWith($"1.{a + 1}.", StringComparison.Ordinal) == true,
            DocumentPart.Problems => item?.StartsWith("1.", StringComparison.Ordinal) == true,
            DocumentPart.Causes => item?.StartsWith("2.", StringComparison.Ordinal) == true,
            DocumentPart.Measures => item?.StartsWith("3.", StringComparison.Ordinal) == true,
            _ => true,
        };
    }

    public static ExportTarget? Parse(string? argument, Draft draft)
    {
        var a = (argument ?? string.Empty).Trim();
        switch (a)
        {
            case "" or "全文" or "全部":
                return new("全文", DocumentSelection.Whole);
            case "导语":
                return new("导语", DocumentSelection.OfPart(DocumentPart.Preamble));
            case "问题" or "存在的问题" or "突出问题":
                return new("存在的突出问题", DocumentSelection.OfPart(DocumentPart.Problems));
            case "原因" or "原因分析":
                return new("原因分析", DocumentSelection.OfPart(DocumentPart.Causes));
            case "措施" or "整改措施":
                return new("整改措施", DocumentSelection.OfPart(DocumentPart.Measures));
            case "整改清单" or "清单" or "台账":
                return new("整改清单", null);
        }
        var number = a.Replace("第", string.Empty, StringComparison.Ordinal).Replace("方面", string.Empty, StringComparison.Ordinal).Trim();
        if (ReviewBot.Dialogs.Text.NumberRecognizer.TryParse(number, out var n) && n >= 1 && n <= draft.Aspects.Count)
        {
            var index = (int)n - 1;
            return new($"第{ChineseNumbering.Numeral(index + 1)}方面（{draft.Aspects[index].Name}）", DocumentSelection.OfAspect(index));
        }
        return null;
    }
}

/// <summary>File names: the draft's short title and the part, without characters file systems refuse.</summary>
public static class FileNames
{
    public static string For(Draft draft, string label)
    {
        var name = $"{draft.Title}-{label}";
        foreach (var c in Path.GetInvalidFileNameChars().Concat(['\\', '/', ':', '*', '?', '"', '<', '>', '|']))
        {
            name = name.Replace(c, '_');
        }
        return name + ".docx";
    }
}

/// <summary>The 整改清单 rows: one per measure, with the problems it answers.</summary>
public static class RectificationRows
{
    public static RectificationTable From(Draft draft, string title)
    {
        var rows = draft.Measures.Select(m =>
        {
            var problems = draft.Aspects
                .SelectMany(a => a.Problems.Where(p => m.ProblemIds.Contains(p.Id)).Select(p => (Aspect: a.Name, p.Headline)))
                .ToList();
            return new RectificationRow(
                string.Join("、", problems.Select(p => p.Aspect).Distinct()),
                string.Join("\n", problems.Select(p => p.Headline)),
                string.IsNullOrWhiteSpace(m.Text) ? m.Headline : $"{m.Headline}。{m.Text}",
                m.Owner ?? "【待补：责任人】",
                m.Deadline is { } d ? Deadlines.Describe(d) : "【待补：完成时限】",
                "未启动");
        }).ToList();
        return new RectificationTable($"{title}整改清单", rows);
    }
}
