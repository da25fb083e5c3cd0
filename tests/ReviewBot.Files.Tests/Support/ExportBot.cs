using ReviewBot.Builder.Files;
using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Tests.Support;

/// <summary>A minimal app: "导出" delivers <see cref="File"/>; file answers go to the delivery first.</summary>
internal sealed class ExportBot(IFileDelivery delivery) : IBot
{
    public const string ExportCommand = "导出";

    public OutgoingFile File { get; set; } = TestFiles.Draft();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await delivery.TryHandleAsync(turnContext, cancellationToken))
        {
            return;
        }
        if (turnContext.Activity.Type == ActivityTypes.Message && turnContext.Activity.Text == ExportCommand)
        {
            await delivery.DeliverAsync(turnContext, File, cancellationToken);
        }
    }
}

internal static class TestFiles
{
    public const string DraftName = "对照检查材料_全文 (2023).docx";

    /// <summary>Bytes that are not a valid UTF-8 text, so any re-encoding on the way would show.</summary>
    public static OutgoingFile Draft(int size = 5000)
    {
        var bytes = new byte[size];
        new Random(42).NextBytes(bytes);
        return new OutgoingFile(DraftName, OutgoingFile.DocxContentType, bytes, "2023 年度对照检查材料（全文）");
    }
}
