using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace ReviewBot.Interview.Frameworks;

/// <summary>
/// Reads one JSON file under dialogs/, validates it against its JSON Schema and deserializes it. Every problem comes
/// back as (file, $.json.path, problem) so start-up can name exactly what to fix.
/// </summary>
public static partial class DialogsDataFile
{
    /// <summary>
    /// A private schema registry: schemas loaded together can $ref each other by $id, and loading the same schema twice
    /// (tests, reloads) does not clash with the global registry.
    /// </summary>
    public static BuildOptions NewBuildOptions() => new() { SchemaRegistry = new SchemaRegistry() };

    /// <summary>Loads a schema; a broken schema is itself reported as a validation error.</summary>
    public static JsonSchema LoadSchema(string schemaPath, string displayPath, BuildOptions options)
    {
        if (!File.Exists(schemaPath))
        {
            throw new FrameworkValidationException([new(displayPath, "$", "找不到 JSON Schema 文件 / schema file not found")]);
        }
        try
        {
            return JsonSchema.FromText(File.ReadAllText(schemaPath), options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            throw new FrameworkValidationException([new(displayPath, "$", "JSON Schema 无法解析 / invalid schema: " + ex.Message)]);
        }
    }

    /// <summary>Validates and deserializes; on any problem returns no value and the problems found.</summary>
    public static (T? Value, IReadOnlyList<FrameworkValidationError> Errors) Load<T>(string path, string displayPath, JsonSchema schema)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"（第{line + 1}行第{(ex.BytePositionInLine ?? 0) + 1}字节）" : string.Empty;
            return (null, [new(displayPath, ex.Path ?? "$", $"JSON 格式错误{where} / invalid JSON: {ex.Message}")]);
        }
        catch (IOException ex)
        {
            return (null, [new(displayPath, "$", "无法读取文件 / cannot read the file: " + ex.Message)]);
        }

        using (document)
        {
            var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!results.IsValid)
            {
                return (null, SchemaErrors(results, displayPath));
            }
            try
            {
                var value = document.RootElement.Deserialize<T>(DialogsJson.Options);
                return value is null
                    ? (null, [new(displayPath, "$", "文件内容为空 / empty document")])
                    : (value, []);
            }
            catch (JsonException ex)
            {
                return (null, [new(displayPath, ex.Path ?? "$", "内容无法读取 / cannot be read: " + ex.Message)]);
            }
        }
    }

    private static List<FrameworkValidationError> SchemaErrors(EvaluationResults results, string displayPath)
    {
        var errors = new List<FrameworkValidationError>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.IsValid || detail.Errors is not { Count: > 0 })
            {
                continue;
            }
            var path = ToJsonPath(detail.InstanceLocation.ToString());
            foreach (var (keyword, message) in detail.Errors)
            {
                errors.AddRange(Describe(displayPath, path, keyword, message));
            }
        }
        if (errors.Count == 0)
        {
            errors.Add(new(displayPath, "$", "不符合 JSON Schema / does not match the schema"));
        }
        return errors.Distinct().OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<FrameworkValidationError> Describe(string file, string path, string keyword, string message)
    {
        if (keyword == "required")
        {
            var missing = QuotedName().Matches(message).Select(m => m.Groups[1].Value).ToList();
            if (missing.Count == 0)
            {
                return [new(file, path, "必填字段缺失 / required: " + message)];
            }
            return missing.Select(name => new FrameworkValidationError(file, AppendProperty(path, name), "必填字段缺失 / required"));
        }
        var problem = keyword switch
        {
            "type" => "类型不对 / type",
            "" or "false" or "additionalProperties" or "unevaluatedProperties" => "未知字段，请检查拼写 / unknown property",
            "minItems" => "条目太少 / minItems",
            "maxItems" => "条目太多 / maxItems",
            "minLength" => "内容为空或太短 / minLength",
            "maxLength" => "内容太长 / maxLength",
            "pattern" => "格式不符合要求 / pattern",
            "enum" => "取值不在允许范围内 / enum",
            "const" => "取值不对 / const",
            "uniqueItems" => "有重复项 / uniqueItems",
            "minimum" or "maximum" => "数值超出范围 / " + keyword,
            "minProperties" => "至少需要一项 / minProperties",
            _ => "不符合格式要求 / " + keyword,
        };
        return [new(file, path, $"{problem}: {message}")];
    }

    /// <summary>"/aspects/2/name" → "$.aspects[2].name".</summary>
    public static string ToJsonPath(string pointer)
    {
        var path = "$";
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path = int.TryParse(segment, out var index) ? $"{path}[{index}]" : AppendProperty(path, segment);
        }
        return path;
    }

    public static string AppendProperty(string path, string name) =>
        SimpleName().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name}']";

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex SimpleName();
}
