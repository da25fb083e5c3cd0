using System.Text.Json;

namespace ReviewBot.Llm.Prompts;

/// <summary>One task's prompt from dialogs/prompts/{task}.json: rules, request, the re-ask message and the answer's JSON Schema.</summary>
public sealed record PromptTemplate
{
    public const string InputSlot = "{input}";
    public const string ProblemsSlot = "{problems}";

    public required string Task { get; init; }
    public required string System { get; init; }
    /// <summary>The request, with <see cref="InputSlot"/> for the task's input as JSON.</summary>
    public required string User { get; init; }
    /// <summary>Sent once when the answer fails the checks, with <see cref="ProblemsSlot"/>.</summary>
    public required string Retry { get; init; }
    public required string SchemaName { get; init; }
    public required JsonElement OutputSchema { get; init; }

    public string UserMessage(string inputJson) => User.Replace(InputSlot, inputJson, StringComparison.Ordinal);

    public string RetryMessage(IEnumerable<string> problems) => Retry.Replace(ProblemsSlot, string.Join("；", problems), StringComparison.Ordinal);
}

/// <summary>The task names, which are also the prompt file names.</summary>
public static class PromptTasks
{
    public const string PhraseProblem = "phrase-problem";
    public const string RephraseProblem = "rephrase-problem";
    public const string SuggestCauses = "suggest-causes";
    public const string SuggestMeasures = "suggest-measures";
    public const string ComposePreamble = "compose-preamble";
    public const string ReviewDraft = "review-draft";

    public static IReadOnlyList<string> All { get; } = [PhraseProblem, RephraseProblem, SuggestCauses, SuggestMeasures, ComposePreamble, ReviewDraft];
}
