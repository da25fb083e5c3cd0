using System.Text.RegularExpressions;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Frameworks;

namespace ReviewBot.Interview.Phrasing;

/// <summary>dialogs/phrasing/built-in.json: everything the built-in phraser uses, as data.</summary>
public sealed record PhrasingTemplates
{
    public const string FileName = "phrasing/built-in.json";
    public const string SchemaFile = "phrasing.schema.json";

    public required PerKind<Voice> Voices { get; init; }
    public required IReadOnlyList<Filler> Fillers { get; init; }
    public required IReadOnlyList<ExampleMarker> ExampleMarkers { get; init; }
    public required string ExampleLead { get; init; }
    /// <summary>Colloquial → written, applied to every problem (没研究 → 没有研究, 怎么 → 如何 …).</summary>
    public required IReadOnlyList<Rewrite> Rewrites { get; init; }
    /// <summary>Applied on top for 更正式.</summary>
    public required IReadOnlyList<Rewrite> FormalRewrites { get; init; }
    public required IReadOnlyList<string> FormalLeads { get; init; }
    /// <summary>Words that make a clause a judgement (不够, 滞后 …): such a clause may serve as the headline.</summary>
    public required IReadOnlyList<string> JudgementWords { get; init; }
    /// <summary>Words that make an example concrete (时, 会上, 去年 …) when it carries no number or name.</summary>
    public required IReadOnlyList<string> SceneMarkers { get; init; }
    /// <summary>Openings after which the subject is inserted (今年 → 今年班子…).</summary>
    public required IReadOnlyList<string> TimeAdverbials { get; init; }
    /// <summary>Openings that show the statement lacks its subject (对…, 没有…, 遇到…); only then is the subject put in front.</summary>
    public required IReadOnlyList<string> SubjectlessStarts { get; init; }
    /// <summary>Terms ending so are put in quotes: 枫桥经验 → “枫桥经验”.</summary>
    public required IReadOnlyList<string> QuoteTermSuffixes { get; init; }
    public required PlaceholderTexts Placeholders { get; init; }
    /// <summary>When nothing fits: 在“{aspectName}”方面还存在差距和不足.</summary>
    public required string HeadlineFallback { get; init; }
    public required MeasureIntros MeasureIntros { get; init; }

    public Voice VoiceFor(SubjectKind kind) => Voices.For(kind) ?? Voices.Team!;

    /// <summary>Loads and validates the file (schema, regular expressions); throws <see cref="FrameworkValidationException"/>.</summary>
    public static PhrasingTemplates Load(string dialogsPath)
    {
        var root = Path.GetFullPath(dialogsPath);
        var display = new DisplayPaths(root);
        var schemaPath = Path.Combine(root, FrameworkCatalog.SchemaFolder, SchemaFile);
        var schema = DialogsDataFile.LoadSchema(schemaPath, display.Of(schemaPath), DialogsDataFile.NewBuildOptions());
        var path = Path.Combine(root, FileName);
        var (templates, errors) = DialogsDataFile.Load<PhrasingTemplates>(path, display.Of(path), schema);
        var all = errors.ToList();
        if (templates is not null)
        {
            all.AddRange(CheckPatterns(templates.Rewrites, "$.rewrites", display.Of(path)));
            all.AddRange(CheckPatterns(templates.FormalRewrites, "$.formalRewrites", display.Of(path)));
        }
        return all.Count > 0 ? throw new FrameworkValidationException(all) : templates!;
    }

    private static IEnumerable<FrameworkValidationError> CheckPatterns(IReadOnlyList<Rewrite> rewrites, string path, string file)
    {
        for (var i = 0; i < rewrites.Count; i++)
        {
            string? problem = null;
            try
            {
                _ = new Regex(rewrites[i].Pattern);
            }
            catch (ArgumentException ex)
            {
                problem = "正则表达式无效 / invalid regular expression: " + ex.Message;
            }
            if (problem is not null)
            {
                yield return new(file, $"{path}[{i}].pattern", problem);
            }
        }
    }
}

/// <summary>How the subject speaks: 班子/领导班子/部分班子成员 or 本人; words that show a subject is already there; first-person rewrites.</summary>
public sealed record Voice
{
    public required string Subject { get; init; }
    public required string SubjectFull { get; init; }
    public required string SubjectPart { get; init; }
    public required IReadOnlyList<string> SubjectWords { get; init; }
    public required IReadOnlyList<Replacement> Replacements { get; init; }

    /// <summary>The voice slots {subject}, {subjectFull}, {subjectPart}.</summary>
    public IReadOnlyDictionary<string, string?> Slots() => new Dictionary<string, string?>
    {
        ["subject"] = Subject,
        ["subjectFull"] = SubjectFull,
        ["subjectPart"] = SubjectPart,
    };
}

public sealed record Replacement(string From, string To);

public enum FillerPosition
{
    Start,
    End,
    Anywhere,
}

/// <summary>A spoken filler (嗯, 那个, 就是说) removed at a clause start, a clause end, or anywhere.</summary>
public sealed record Filler(string Text, IReadOnlyList<FillerPosition> At);

public enum MarkerPosition
{
    Anywhere,
    ClauseStart,
    /// <summary>At a clause start and directly followed by punctuation (如，…).</summary>
    ClauseStartBeforePunctuation,
}

/// <summary>Words that introduce the user's example: 比如, 例如, 像, 如，.</summary>
public sealed record ExampleMarker(string Text, MarkerPosition At);

/// <summary>A .NET regular expression and its replacement.</summary>
public sealed record Rewrite(string Pattern, string Replacement);

public sealed record PlaceholderTexts
{
    public required string Example { get; init; }
    public required string ExampleDetail { get; init; }
    public required string FactDetail { get; init; }
    public required string Owner { get; init; }
    public required string Deadline { get; init; }
    /// <summary>【待补：{label}】 for a preamble slot without a value.</summary>
    public required string Slot { get; init; }
    public IReadOnlyDictionary<string, string> SlotLabels { get; init; } = new Dictionary<string, string>();

    public string ForSlot(string slot) =>
        Slot.Replace("{label}", SlotLabels.TryGetValue(slot, out var label) ? label : slot, StringComparison.Ordinal);
}

public sealed record MeasureIntros(string ByAspect, string ByProblem);
