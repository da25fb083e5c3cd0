using System.Text.Json;

namespace ReviewBot.Turns.Benchmarks;

/// <summary>
/// The load benchmark's conversation script (<c>scripts/bench/reviewbot-interview.json</c>, the one
/// <c>scripts/bench.sh</c> gives fakechannel's loadgen.py), read from the repository at start-up.
/// </summary>
internal sealed class InterviewScript
{
    /// <summary>Turns in one cycle of the script; the benchmark divides by it (OperationsPerInvoke must be a constant).</summary>
    public const int TurnCount = 18;

    public const string RelativePath = "scripts/bench/reviewbot-interview.json";

    private InterviewScript(IReadOnlyList<ScriptTurn> turns) => Turns = turns;

    public IReadOnlyList<ScriptTurn> Turns { get; }

    public static InterviewScript Load(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, RelativePath);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var turns = new List<ScriptTurn>();
        foreach (var turn in document.RootElement.GetProperty("turns").EnumerateArray())
        {
            if (!turn.TryGetProperty("say", out var say))
            {
                throw new InvalidDataException($"{path}: turn {turns.Count + 1} is not a \"say\" turn; the turn benchmark sends text messages only.");
            }
            var expect = turn.TryGetProperty("expect", out var e) ? e.GetString() : null;
            var replies = turn.TryGetProperty("replies", out var r) ? r.GetInt32() : 0;
            if (string.IsNullOrEmpty(expect) || replies < 1)
            {
                throw new InvalidDataException($"{path}: turn {turns.Count + 1} needs \"expect\" and \"replies\" so the benchmark can check the bot's answer.");
            }
            turns.Add(new ScriptTurn(MessageTemplate.Parse(say.GetString() ?? string.Empty), expect, replies));
        }
        if (turns.Count != TurnCount)
        {
            throw new InvalidDataException($"{path} has {turns.Count} turns; the benchmark reports per turn assuming {TurnCount} (InterviewScript.TurnCount).");
        }
        return new InterviewScript(turns);
    }

    /// <summary>The repository root: the nearest folder above <paramref name="start"/> holding ReviewBot.sln.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReviewBot.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException($"ReviewBot.sln not found above {start}; run the benchmark from the repository.");
    }
}

/// <summary>One step: the text to say, a piece of the bot's wording it must answer with, and how many messages it sends.</summary>
internal sealed record ScriptTurn(MessageTemplate Say, string Expect, int Replies);
