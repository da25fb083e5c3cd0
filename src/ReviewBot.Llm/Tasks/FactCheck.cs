using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Llm.Tasks;

/// <summary>
/// The truthfulness checks on a model's answer: every fact of the user's words is still there
/// (<see cref="FactExtractor.MissingFacts"/>), and no figure, date or phone number appears that the user never gave.
/// Problems are phrased for the re-ask.
/// </summary>
public static partial class FactCheck
{
    public static List<string> Problems(string source, string output)
    {
        var problems = new List<string>();
        var missing = FactExtractor.MissingFacts(source, output);
        if (missing.Count > 0)
        {
            problems.Add("漏掉了用户说过的：" + string.Join("、", missing.Select(f => f.Key)));
        }
        var invented = InventedFigures(source, output);
        if (invented.Count > 0)
        {
            problems.Add("出现了用户没有说过的数字或日期（应写成【待补：…】）：" + string.Join("、", invented));
        }
        return problems;
    }

    /// <summary>Figures in <paramref name="output"/> (placeholders aside) that <paramref name="source"/> does not contain.</summary>
    public static IReadOnlyList<string> InventedFigures(string source, string output)
    {
        var withoutPlaceholders = Placeholder().Replace(output, string.Empty);
        return FactExtractor.Extract(withoutPlaceholders)
            .Where(f => f.Kind is FactKind.Date or FactKind.Time or FactKind.Percentage or FactKind.PhoneNumber
                || (f.Kind == FactKind.Number && f.Key.Any(char.IsAsciiDigit)))
            .Where(f => !FactExtractor.Keeps(source, f))
            .Select(f => f.Key)
            .Distinct()
            .ToList();
    }

    public static IReadOnlyList<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Distinct().ToList();

    public static string Str(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : string.Empty;

    public static IReadOnlyList<string> Strings(JsonObject o, string name) =>
        o[name] is JsonArray a
            ? a.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s.Trim() : string.Empty).Where(s => s.Length > 0).ToList()
            : [];

    [GeneratedRegex(@"【待补[：:][^】]*】")]
    private static partial Regex Placeholder();
}
