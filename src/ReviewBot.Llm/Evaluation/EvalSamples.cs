using System.Text.Json;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Llm.Evaluation;

/// <summary>One sample input for the evaluation: a problem in the user's words, under a framework's aspect.</summary>
public sealed record EvalSample
{
    public required string Id { get; init; }
    public required string FrameworkId { get; init; }
    public required string AspectId { get; init; }
    public required SubjectKind Kind { get; init; }
    public required string RawInput { get; init; }
    public string? UnitName { get; init; }
    public string? PersonName { get; init; }

    public ProblemRequest ToRequest(FrameworkCatalog catalog)
    {
        var framework = catalog.Get(FrameworkId);
        var aspect = framework.FindAspect(AspectId) ?? throw new InvalidDataException($"样例 {Id}：框架 {FrameworkId} 中没有方面 {AspectId}");
        return new ProblemRequest
        {
            Framework = framework, Aspect = aspect, Kind = Kind, RawInput = RawInput,
            DraftId = "eval", UnitName = UnitName, PersonName = PersonName,
        };
    }
}

/// <summary>dialogs/eval/samples.json (or another file): the sample inputs, checked so a typo names the sample.</summary>
public static class EvalSamples
{
    public const string DefaultFile = "eval/samples.json";

    private sealed record SampleFile(IReadOnlyList<EvalSample> Samples);

    public static IReadOnlyList<EvalSample> Load(string path, FrameworkCatalog catalog)
    {
        SampleFile? file;
        try
        {
            file = JsonSerializer.Deserialize<SampleFile>(File.ReadAllText(path), DialogsJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"样例文件 {path} 无法读取 / cannot be read: {ex.Message}", ex);
        }
        var samples = file?.Samples ?? throw new InvalidDataException($"样例文件 {path} 为空 / empty");
        foreach (var sample in samples)
        {
            if (!catalog.TryGet(sample.FrameworkId, out _))
            {
                throw new InvalidDataException($"样例 {sample.Id}：没有框架 {sample.FrameworkId}");
            }
            _ = sample.ToRequest(catalog);
        }
        return samples;
    }
}
