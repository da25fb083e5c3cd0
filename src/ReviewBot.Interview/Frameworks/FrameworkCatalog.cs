using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Frameworks;

/// <summary>
/// Every framework under <c>dialogs/frameworks/</c>, loaded and validated at start-up (JSON Schema, then
/// <see cref="FrameworkRules"/>), plus the 自定义 template. Adding next year's framework is a new file: no code.
/// </summary>
public sealed partial class FrameworkCatalog
{
    public const string FrameworksFolder = "frameworks";
    public const string SchemaFolder = "schema";
    public const string FrameworkSchemaFile = "framework.schema.json";
    public const string CustomTemplateFile = "custom/custom-framework.json";
    public const string CustomSchemaFile = "custom-framework.schema.json";

    private readonly Dictionary<string, Framework> _byId;

    private FrameworkCatalog(string dialogsPath, IReadOnlyList<Framework> frameworks, CustomFrameworkTemplate customTemplate)
    {
        DialogsPath = dialogsPath;
        Frameworks = frameworks;
        CustomTemplate = customTemplate;
        _byId = frameworks.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    public string DialogsPath { get; }

    /// <summary>All frameworks, newest year first (year-less ones last), then by id.</summary>
    public IReadOnlyList<Framework> Frameworks { get; }

    public CustomFrameworkTemplate CustomTemplate { get; }

    /// <summary>Loads and validates everything; throws one <see cref="FrameworkValidationException"/> listing every problem.</summary>
    public static FrameworkCatalog Load(string dialogsPath, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        var root = Path.GetFullPath(dialogsPath);
        var display = new DisplayPaths(root);
        var buildOptions = DialogsDataFile.NewBuildOptions();
        var schema = DialogsDataFile.LoadSchema(Path.Combine(root, SchemaFolder, FrameworkSchemaFile),
            display.Of(Path.Combine(root, SchemaFolder, FrameworkSchemaFile)), buildOptions);
        var customSchema = DialogsDataFile.LoadSchema(Path.Combine(root, SchemaFolder, CustomSchemaFile),
            display.Of(Path.Combine(root, SchemaFolder, CustomSchemaFile)), buildOptions);

        var errors = new List<FrameworkValidationError>();
        var frameworks = new List<Framework>();
        var folder = Path.Combine(root, FrameworksFolder);
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
        {
            errors.Add(new(display.Of(folder) + "/", "$", "没有找到任何框架文件（*.json）/ no framework files"));
        }
        foreach (var file in files)
        {
            var shown = display.Of(file);
            var (framework, fileErrors) = DialogsDataFile.Load<Framework>(file, shown, schema);
            errors.AddRange(fileErrors);
            if (framework is null)
            {
                continue;
            }
            var ruleErrors = FrameworkRules.Check(framework, shown, Path.GetFileNameWithoutExtension(file));
            errors.AddRange(ruleErrors);
            if (frameworks.Any(f => f.Id == framework.Id))
            {
                errors.Add(new(shown, "$.id", $"框架 id 重复：{framework.Id} / duplicate framework id"));
            }
            else if (ruleErrors.Count == 0)
            {
                frameworks.Add(framework);
            }
        }

        var customPath = Path.Combine(root, CustomTemplateFile);
        var (customTemplate, customErrors) = DialogsDataFile.Load<CustomFrameworkTemplate>(customPath, display.Of(customPath), customSchema);
        errors.AddRange(customErrors);
        if (customTemplate is not null)
        {
            errors.AddRange(CheckCustomTemplate(customTemplate, display.Of(customPath)));
        }

        if (errors.Count > 0)
        {
            throw new FrameworkValidationException(errors);
        }
        var ordered = frameworks.OrderByDescending(f => f.Year ?? int.MinValue).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        LogLoaded(logger, ordered.Count, root);
        return new FrameworkCatalog(root, ordered, customTemplate!);
    }

    public Framework Get(string id) =>
        TryGet(id, out var framework) ? framework : throw new KeyNotFoundException($"没有 id 为“{id}”的框架 / unknown framework");

    public bool TryGet(string id, out Framework framework) => _byId.TryGetValue(id, out framework!);

    /// <summary>The frameworks that serve a kind, newest first.</summary>
    public IReadOnlyList<Framework> ForKind(SubjectKind kind) => Frameworks.Where(f => f.Serves(kind)).ToList();

    /// <summary>
    /// A 自定义 framework from the user's aspect list. Causes and measures come from the newest framework serving
    /// <paramref name="kind"/>; typed names matching a shipped aspect reuse its questions and phrase bank.
    /// </summary>
    public Framework CreateCustom(string[] aspectNames, SubjectKind kind, int? year = null, string? meetingTitle = null)
    {
        var basis = ForKind(kind).FirstOrDefault() ?? Frameworks[0];
        return Framework.CreateCustom(aspectNames, new CustomFrameworkOptions
        {
            Basis = basis,
            Template = CustomTemplate,
            KnownAspects = Frameworks.SelectMany(f => f.Aspects).ToList(),
            MeetingTitle = meetingTitle,
            Year = year,
            Kinds = [kind],
        });
    }

    private static IEnumerable<FrameworkValidationError> CheckCustomTemplate(CustomFrameworkTemplate template, string file)
    {
        var errors = new List<FrameworkValidationError>();
        void Add(string path, string problem) => errors.Add(new(file, path, problem));
        FrameworkRules.CheckTemplate(template.MeetingTitles.MinzhuShenghuohui, "$.meetingTitles.minzhuShenghuohui", FrameworkSlots.MeetingTitle, Add);
        FrameworkRules.CheckTemplate(template.MeetingTitles.ZuzhiShenghuohui, "$.meetingTitles.zuzhiShenghuohui", FrameworkSlots.MeetingTitle, Add);
        foreach (var (name, piece) in template.Preamble.InOrder())
        {
            FrameworkRules.CheckTemplate(piece, $"$.preamble.{name}", FrameworkSlots.Preamble, Add);
        }
        FrameworkRules.CheckTemplate(template.SectionTitles.AspectHeading, "$.sectionTitles.aspectHeading", FrameworkSlots.AspectHeading, Add);
        var nameOnly = new HashSet<string>(StringComparer.Ordinal) { "name" };
        FrameworkRules.CheckTemplate(template.Aspect.Covers, "$.aspect.covers", nameOnly, Add);
        for (var i = 0; i < template.Aspect.PhraseBank.Count; i++)
        {
            FrameworkRules.CheckTemplate(template.Aspect.PhraseBank[i].Text, $"$.aspect.phraseBank[{i}].text", nameOnly, Add);
        }
        return errors;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {FrameworkCount} review frameworks from {DialogsPath}")]
    private static partial void LogLoaded(ILogger logger, int frameworkCount, string dialogsPath);
}

/// <summary>Paths as shown in messages: relative to the folder above dialogs/, e.g. dialogs/frameworks/x.json.</summary>
internal sealed class DisplayPaths(string dialogsRoot)
{
    private readonly string _base = Path.GetDirectoryName(dialogsRoot.TrimEnd(Path.DirectorySeparatorChar)) ?? dialogsRoot;

    public string Of(string path) => Path.GetRelativePath(_base, path).Replace(Path.DirectorySeparatorChar, '/');
}
