using BenchmarkDotNet.Attributes;
using ReviewBot.Documents.Tests.Fixtures;
using ReviewBot.Drafts.Composition;

namespace ReviewBot.Documents.Benchmarks;

/// <summary>Rendering a ~6,000-character six-aspect draft (and the 整改清单) to .docx in memory.</summary>
[MemoryDiagnoser]
public class DocxWriterBenchmarks
{
    private static readonly DocumentMetadata Metadata = new(SampleDraft.Title, "市数据资源管理局党组", new DateTimeOffset(2024, 1, 15, 9, 0, 0, TimeSpan.FromHours(8)));
    private readonly DocxWriter writer = new(new DocumentFormatOptions());
    private readonly RectificationTableWriter tableWriter = new(new DocumentFormatOptions());
    private readonly ComposedDocument draft = SampleDraft.Create();
    private readonly RectificationTable table = SampleRectification.Create();

    [Benchmark(Baseline = true)]
    public long FullDraft()
    {
        using var output = new MemoryStream();
        writer.WriteAsync(draft, Metadata, output).GetAwaiter().GetResult();
        return output.Length;
    }

    [Benchmark]
    public int OneAspect() => writer.Write(draft, Metadata, DocumentSelection.OfAspect(2)).Length;

    [Benchmark]
    public int RectificationList() => tableWriter.Write(table, Metadata).Length;
}
