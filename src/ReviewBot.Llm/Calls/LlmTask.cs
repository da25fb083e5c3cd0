using System.Text.Json.Nodes;
using ReviewBot.Llm.Redaction;

namespace ReviewBot.Llm.Calls;

/// <summary>
/// One request to the model: the prompt's task name, the input (serialized as JSON into the prompt), the words to hide,
/// and how to turn the answer (already restored from placeholders) into a value — or into the problems to re-ask with.
/// </summary>
public sealed record LlmTask<T>
{
    public required string Task { get; init; }
    public required object Input { get; init; }
    public string? DraftId { get; init; }
    public IReadOnlyList<(string Term, RedactionKind Kind)> SensitiveTerms { get; init; } = [];
    public required Func<JsonObject, ParsedAnswer<T>> Parse { get; init; }
}

/// <summary>A value, or what was wrong with the answer (in Chinese: it goes back to the model in the re-ask).</summary>
public sealed record ParsedAnswer<T>(T? Value, IReadOnlyList<string> Problems)
{
    public static ParsedAnswer<T> Ok(T value) => new(value, []);

    public static ParsedAnswer<T> Rejected(IReadOnlyList<string> problems) => new(default, problems);

    public bool IsOk => Problems.Count == 0 && Value is not null;
}

public enum LlmFailure
{
    None,
    Timeout,
    /// <summary>HTTP error after the retries (429, 5xx, 401…).</summary>
    ServiceError,
    /// <summary>Network failure, DNS, refused connection.</summary>
    Unreachable,
    /// <summary>The answer was not valid JSON or failed the checks, twice.</summary>
    Rejected,
}

/// <summary>The result of a call: a value, or why there is none.</summary>
public sealed record LlmOutcome<T>(T? Value, LlmFailure Failure, bool FromCache, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Failure == LlmFailure.None && Value is not null;
}
