// Phrasing evaluation: dotnet run --project tools/ReviewBot.Eval -- [--out report.md] [--samples file.json] [--LLM:Provider=OpenAI ...]
// Settings come from appsettings.json (current directory), environment variables (LLM__ApiKey) and the command line.
using Microsoft.Extensions.Configuration;
using ReviewBot.Llm.Evaluation;

var configuration = new ConfigurationBuilder()
    .SetBasePath(Directory.GetCurrentDirectory())
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
return await EvalCommand.RunAsync(configuration, Console.Out, cts.Token);
