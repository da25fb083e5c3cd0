using System.Text.RegularExpressions;
using ReviewBot.Interview.Frameworks;

namespace ReviewBot.Interview.Quality;

public enum WordingErrorKind
{
    /// <summary>错别字.</summary>
    Typo,
    /// <summary>易混词: 形式 / 形势, 截止 / 截至.</summary>
    Confusable,
    /// <summary>不规范表述 of political terms.</summary>
    Expression,
}

/// <summary>dialogs/quality/wording-errors.json: wrong → right, as text or as a regular expression.</summary>
public sealed record WordingErrorList
{
    public const string FileName = "quality/wording-errors.json";
    public const string SchemaFile = "wording-errors.schema.json";

    public required IReadOnlyList<WordingError> Errors { get; init; }

    /// <summary>Each error found in <paramref name="text"/>, with the matched words.</summary>
    public IEnumerable<(WordingError Error, string Found)> FindIn(string text)
    {
        foreach (var error in Errors)
        {
            foreach (var found in error.Matches(text))
            {
                yield return (error, found);
            }
        }
    }

    public static WordingErrorList Load(string dialogsPath)
    {
        var root = Path.GetFullPath(dialogsPath);
        var schemaPath = Path.Combine(root, FrameworkCatalog.SchemaFolder, SchemaFile);
        var schema = DialogsDataFile.LoadSchema(schemaPath, "dialogs/schema/" + SchemaFile, DialogsDataFile.NewBuildOptions());
        var (list, errors) = DialogsDataFile.Load<WordingErrorList>(Path.Combine(root, FileName), "dialogs/" + FileName, schema);
        if (errors.Count > 0)
        {
            throw new FrameworkValidationException(errors);
        }
        var badPatterns = list!.Errors.Select((e, i) => (e, i)).Where(x => x.e.IsPattern && !IsValidPattern(x.e.Wrong))
            .Select(x => new FrameworkValidationError("dialogs/" + FileName, $"$.errors[{x.i}].wrong", "正则表达式无效 / invalid regular expression"))
            .ToList();
        return badPatterns.Count > 0 ? throw new FrameworkValidationException(badPatterns) : list;
    }

    private static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

public sealed record WordingError
{
    public required string Wrong { get; init; }
    public bool IsPattern { get; init; }
    public required string Right { get; init; }
    public required WordingErrorKind Kind { get; init; }
    public string? Note { get; init; }

    public IEnumerable<string> Matches(string text)
    {
        if (!IsPattern)
        {
            return text.Contains(Wrong, StringComparison.Ordinal) ? [Wrong] : [];
        }
        return Regex.Matches(text, Wrong, RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Value).Distinct();
    }
}
