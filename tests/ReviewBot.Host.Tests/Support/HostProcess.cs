using System.Diagnostics;
using System.Text;
using ReviewBot.TestSupport;

namespace ReviewBot.Host.Tests.Support;

/// <summary>
/// ReviewBot.Host run as its own process (<c>dotnet ReviewBot.Host.dll</c> from the test output folder, which holds the
/// host's build), as Program.cs starts it; its console output is collected.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="environment">Variables for the process; a null value removes one inherited from the test run.</param>
    public static async Task<HostProcess> StartAsync(IDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ReviewBot.Host.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString());
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start ReviewBot.Host.");
        var host = new HostProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilHealthyAsync(cancellationToken);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"ReviewBot.Host exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, "/healthz"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            await Task.Delay(200, cancellationToken);
        }
        throw new TimeoutException($"ReviewBot.Host did not answer /healthz within 60 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
