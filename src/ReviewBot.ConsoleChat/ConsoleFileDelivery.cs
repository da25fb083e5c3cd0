using ReviewBot.Builder.Files;
using ReviewBot.Builder.Turns;

namespace ReviewBot.ConsoleChat;

/// <summary>The console's way of handing over a file: save it to the files folder and print the path.</summary>
public sealed class ConsoleFileDelivery(string filesFolder) : IFileDelivery
{
    public async Task DeliverAsync(ITurnContext turnContext, OutgoingFile file, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(filesFolder);
        var path = Path.GetFullPath(Path.Combine(filesFolder, file.Name));
        await File.WriteAllBytesAsync(path, file.Content, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync($"文件已保存：{path}", cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.FromResult(false);
}
