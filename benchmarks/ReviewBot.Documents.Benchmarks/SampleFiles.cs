using ReviewBot.Documents.Tests.Fixtures;

namespace ReviewBot.Documents.Benchmarks;

/// <summary>Writes the sample draft and 整改清单 as .docx files, for scripts/render-docx.sh and a person to look at.</summary>
internal static class SampleFiles
{
    public static async Task<int> WriteAsync(string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var metadata = new DocumentMetadata(SampleDraft.Title, "市数据资源管理局党组", DateTimeOffset.Now);
        var options = new DocumentFormatOptions();

        var draftPath = Path.Combine(directory, "sample-draft.docx");
        await File.WriteAllBytesAsync(draftPath, new DocxWriter(options).Write(SampleDraft.Create(), metadata), cancellationToken);
        var tablePath = Path.Combine(directory, "sample-rectification.docx");
        await File.WriteAllBytesAsync(tablePath, new RectificationTableWriter(options).Write(SampleRectification.Create(), metadata with { Title = "整改清单" }), cancellationToken);

        Console.WriteLine(Path.GetFullPath(draftPath));
        Console.WriteLine(Path.GetFullPath(tablePath));
        return 0;
    }
}
