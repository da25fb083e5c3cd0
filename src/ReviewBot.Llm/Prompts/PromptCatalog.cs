using System.Text.Json;
using ReviewBot.Interview.Frameworks;

namespace ReviewBot.Llm.Prompts;

/// <summary>
/// The prompts under dialogs/prompts/, one file per task, validated on load against dialogs/schema/prompt.schema.json
/// and a few rules of our own (file name = task, slots present, answer schema usable in strict mode). Any problem
/// stops start-up with one line per problem, like the framework files.
/// </summary>
public sealed class PromptCatalog
{
    public const string Folder = "prompts";
    public const string SchemaFile = "prompt.schema.json";

    private readonly IReadOnlyDictionary<string, PromptTemplate> _prompts;

    private PromptCatalog(IReadOnlyDictionary<string, PromptTemplate> prompts) => _prompts = prompts;

    public PromptTemplate this[string task] =>
        _prompts.TryGetValue(task, out var prompt) ? prompt : throw new KeyNotFoundException($"没有任务“{task}”的提示词 / no prompt for task {task}.");

    public IReadOnlyCollection<string> Tasks => _prompts.Keys.ToList();

    public static PromptCatalog Load(string dialogsPath)
    {
        var root = Path.GetFullPath(dialogsPath);
        var schemaPath = Path.Combine(root, FrameworkCatalog.SchemaFolder, SchemaFile);
        var schema = DialogsDataFile.LoadSchema(schemaPath, Display(root, schemaPath), DialogsDataFile.NewBuildOptions());
        var errors = new List<FrameworkValidationError>();
        var prompts = new Dictionary<string, PromptTemplate>(StringComparer.Ordinal);
        foreach (var task in PromptTasks.All)
        {
            var path = Path.Combine(root, Folder, task + ".json");
            var display = Display(root, path);
            if (!File.Exists(path))
            {
                errors.Add(new(display, "$", "缺少提示词文件 / prompt file missing"));
                continue;
            }
            var (prompt, fileErrors) = DialogsDataFile.Load<PromptTemplate>(path, display, schema);
            errors.AddRange(fileErrors);
            if (prompt is null)
            {
                continue;
            }
            var ruleErrors = Check(prompt, task, display);
            errors.AddRange(ruleErrors);
            if (ruleErrors.Count == 0)
            {
                prompts[task] = prompt;
            }
        }
        return errors.Count > 0 ? throw new FrameworkValidationException(errors) : new PromptCatalog(prompts);
    }

    private static List<FrameworkValidationError> Check(PromptTemplate prompt, string task, string display)
    {
        var errors = new List<FrameworkValidationError>();
        if (prompt.Task != task)
        {
            errors.Add(new(display, "$.task", $"任务名应与文件名一致：{task} / task must equal the file name"));
        }
        if (!prompt.User.Contains(PromptTemplate.InputSlot, StringComparison.Ordinal))
        {
            errors.Add(new(display, "$.user", "缺少 {input} 占位 / the {input} slot is missing"));
        }
        if (!prompt.Retry.Contains(PromptTemplate.ProblemsSlot, StringComparison.Ordinal))
        {
            errors.Add(new(display, "$.retry", "缺少 {problems} 占位 / the {problems} slot is missing"));
        }
        CheckStrict(prompt.OutputSchema, "$.outputSchema", display, errors);
        return errors;
    }

    /// <summary>Strict structured output needs every object closed and every property required.</summary>
    private static void CheckStrict(JsonElement schema, string path, string display, List<FrameworkValidationError> errors)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            if (!schema.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
            {
                errors.Add(new(display, path, "对象须写 \"additionalProperties\": false / objects must set additionalProperties false"));
            }
            var required = schema.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray().Select(e => e.GetString()).ToHashSet(StringComparer.Ordinal)
                : [];
            foreach (var property in properties.EnumerateObject())
            {
                if (!required.Contains(property.Name))
                {
                    errors.Add(new(display, $"{path}.properties.{property.Name}", "每个属性都须列入 required / every property must be required"));
                }
                CheckStrict(property.Value, $"{path}.properties.{property.Name}", display, errors);
            }
        }
        if (schema.TryGetProperty("items", out var items))
        {
            CheckStrict(items, path + ".items", display, errors);
        }
    }

    private static string Display(string root, string path) =>
        Path.Combine(Path.GetFileName(root), Path.GetRelativePath(root, path)).Replace('\\', '/');
}
