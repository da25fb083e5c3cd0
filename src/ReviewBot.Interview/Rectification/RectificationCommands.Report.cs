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
        var document = ProgressReport.Compose(summary, notes, await SubjectAsync(turn, owner, cancellationToken).ConfigureAwait(false));
        await turn.SendActivityAsync(document.ToPlainText(), cancellationToken).ConfigureAwait(false);
        if (delivery is null)
        {
            return;
        }
        var metadata = new DocumentMetadata(document.Title, Author(turn), interview.Time.GetUtcNow());
        // Rendering is the slow, CPU-bound part of a turn: the thread pool does it, not the thread serving connections.
        var bytes = await Task.Run(() => reportWriter.Write(document, metadata), cancellationToken).ConfigureAwait(false);
        var today = Today(turn);
        await delivery.DeliverAsync(turn, new OutgoingFile($"整改落实情况报告-{today:yyyyMMdd}.docx", OutgoingFile.DocxContentType, bytes, document.Title), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>“本班子” when the ledger holds a team's material (also when its secretary drafts it in a personal chat), else “本人”.</summary>
    private async Task<string> SubjectAsync(ITurnContext turn, DraftOwner owner, CancellationToken cancellationToken)
    {
        if (owner.IsShared)
        {
            return "本班子";
        }
        var store = interview.Drafts(turn);
        foreach (var summary in (await store.GetIndexAsync(cancellationToken).ConfigureAwait(false)).Drafts)
        {
            if (await store.GetAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { Setup.Kind: Drafts.Model.SubjectKind.Team })
            {
                return "本班子";
            }
        }
        return "本人";
    }
}

/// <summary>Writes the 整改落实情况报告 as .docx with the documents writer.</summary>
public sealed class ProgressReportWriter(DocxWriter writer)
{
    public byte[] Write(ComposedDocument document, DocumentMetadata metadata) => writer.Write(document, metadata);
}
