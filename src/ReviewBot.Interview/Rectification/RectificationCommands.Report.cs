using ReviewBot.Builder.Files;
using ReviewBot.Builder.Turns;
using ReviewBot.Documents;
using ReviewBot.Drafts.Composition;
using ReviewBot.Interview.Workspace;

namespace ReviewBot.Interview.Rectification;

public sealed partial class RectificationCommands
{
    private async Task SendReportAsync(ITurnContext turn, DraftOwner owner, CancellationToken cancellationToken)
    {
        var measures = await ledger.ListAsync(owner.Key, cancellationToken).ConfigureAwait(false);
        if (measures.Count == 0)
        {
            await turn.SendActivityAsync("台账里还没有整改措施，暂时无法生成整改落实情况报告。", cancellationToken).ConfigureAwait(false);
            return;
        }
        var summary = LedgerSummary.Build(measures, Today(turn));
        var notes = new Dictionary<string, IReadOnlyList<MeasureEvent>>(StringComparer.Ordinal);
        foreach (var m in measures)
        {
            notes[m.MeasureId] = (await ledger.EventsAsync(owner.Key, m.MeasureId, cancellationToken).ConfigureAwait(false))
                .Where(e => e.Kind == MeasureEventKind.Progress).ToList();
        }
        var document = ProgressReport.Compose(summary, notes, owner.IsShared ? "本班子" : "本人");
        await turn.SendActivityAsync(document.ToPlainText(), cancellationToken).ConfigureAwait(false);
        if (delivery is null)
        {
            return;
        }
        var bytes = reportWriter.Write(document, new DocumentMetadata(document.Title, Author(turn), interview.Time.GetUtcNow()));
        var today = Today(turn);
        await delivery.DeliverAsync(turn, new OutgoingFile($"整改落实情况报告-{today:yyyyMMdd}.docx", OutgoingFile.DocxContentType, bytes, document.Title), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Writes the 整改落实情况报告 as .docx with the documents writer.</summary>
public sealed class ProgressReportWriter(DocxWriter writer)
{
    public byte[] Write(ComposedDocument document, DocumentMetadata metadata) => writer.Write(document, metadata);
}
