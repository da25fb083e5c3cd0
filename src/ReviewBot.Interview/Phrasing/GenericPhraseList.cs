using ReviewBot.Interview.Frameworks;

namespace ReviewBot.Interview.Phrasing;

/// <summary>dialogs/quality/generic-phrases.json: 空话套话 that need a concrete example, with the question to ask.</summary>
public sealed record GenericPhraseList
{
    public const string FileName = "quality/generic-phrases.json";
    public const string SchemaFile = "generic-phrases.schema.json";

    public required IReadOnlyList<GenericPhrase> Phrases { get; init; }

    /// <summary>The phrases (by their text or a variant) that occur in <paramref name="text"/>.</summary>
    public IReadOnlyList<GenericPhrase> FindIn(string text) =>
        Phrases.Where(p => p.Forms().Any(f => text.Contains(f, StringComparison.Ordinal))).ToList();

    public static GenericPhraseList Load(string dialogsPath)
    {
        var root = Path.GetFullPath(dialogsPath);
        var display = new DisplayPaths(root);
        var schemaPath = Path.Combine(root, FrameworkCatalog.SchemaFolder, SchemaFile);
        var schema = DialogsDataFile.LoadSchema(schemaPath, display.Of(schemaPath), DialogsDataFile.NewBuildOptions());
        var path = Path.Combine(root, FileName);
        var (list, errors) = DialogsDataFile.Load<GenericPhraseList>(path, display.Of(path), schema);
        return errors.Count > 0 ? throw new FrameworkValidationException(errors) : list!;
    }
}

public sealed record GenericPhrase
{
    public required string Text { get; init; }
    public IReadOnlyList<string> Variants { get; init; } = [];
    /// <summary>The follow-up question that turns the phrase into something concrete.</summary>
    public required string Ask { get; init; }

    public IEnumerable<string> Forms() => Variants.Prepend(Text);
}
