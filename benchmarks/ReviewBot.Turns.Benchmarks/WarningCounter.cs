using Microsoft.Extensions.Logging;

namespace ReviewBot.Turns.Benchmarks;

/// <summary>
/// The benchmark's only log output: counts warnings and errors (a failed turn, a failed send, a storage problem)
/// and keeps the first, so a run that went down an error path fails instead of being measured.
/// </summary>
internal sealed class WarningCounter : ILoggerProvider, ILogger
{
    private int _count;
    private string? _first;

    public int Count => Volatile.Read(ref _count);

    public string? First => _first;

    public void Reset()
    {
        _first = null;
        Volatile.Write(ref _count, 0);
    }

    public ILogger CreateLogger(string categoryName) => this;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }
        if (Interlocked.Increment(ref _count) == 1)
        {
            _first = $"{logLevel}: {formatter(state, exception)}{(exception is null ? string.Empty : $" ({exception.GetType().Name}: {exception.Message})")}";
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public void Dispose()
    {
    }
}
