using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ReviewBot.Documents.Benchmarks;

// dotnet run -c Release --project benchmarks/ReviewBot.Documents.Benchmarks              -> the benchmarks
// dotnet run -c Release --project benchmarks/ReviewBot.Documents.Benchmarks -- sample out -> sample .docx files
if (args.Length > 0 && args[0] == "sample")
    return await SampleFiles.WriteAsync(args.Length > 1 ? args[1] : "out", CancellationToken.None);

// A short job keeps the run to a few minutes on two cores; 15 iterations still give a stable median.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15).AsDefault());
BenchmarkRunner.Run<DocxWriterBenchmarks>(config, args);
return 0;
