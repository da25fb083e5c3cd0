using System.Text.RegularExpressions;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Dialogs;

/// <summary>
/// The numbers users see for items: 0 = 导语; 1.{方面}.{条} = a problem; 2.{n} = a cause; 3.{n} = a measure.
/// Also read: 问题2.1 (= 1.2.1), 原因1 (= 2.1), 措施3 (= 3.3), 导语 (= 0).
/// </summary>
public static partial class ItemNumbers
{
    public static IReadOnlyDictionary<string, string> ProblemNumbers(Draft draft)
    {
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var a = 0; a < draft.Aspects.Count; a++)
        {
            for (var p = 0; p < draft.Aspects[a].Problems.Count; p++)
            {
                numbers[draft.Aspects[a].Problems[p].Id] = $"1.{a + 1}.{p + 1}";
            }
        }
        return numbers;
    }

    /// <summary>Reads one item reference; null when it names nothing in the draft.</summary>
    public static ItemRef? Parse(string? text, Draft draft)
    {
        var t = (text ?? string.Empty).Trim().Replace('．', '.').Replace(" ", string.Empty, StringComparison.Ordinal);
        if (t is "0" or "导语")
        {
            return new ItemRef(ItemKind.Preamble, 0, 0);
        }
        var m = Reference().Match(t);
        if (!m.Success || m.Length != t.Length)
        {
            return null;
        }
        var word = m.Groups["word"].Value;
        var parts = m.Groups["num"].Value.Split('.').Select(int.Parse).ToArray();
        ItemRef? item = (word, parts.Length) switch
        {
            ("问题", 2) => new ItemRef(ItemKind.Problem, parts[0] - 1, parts[1] - 1),
            ("原因", 1) => new ItemRef(ItemKind.Cause, parts[0] - 1, 0),
            ("措施", 1) => new ItemRef(ItemKind.Measure, parts[0] - 1, 0),
            ("", 3) when parts[0] == 1 => new ItemRef(ItemKind.Problem, parts[1] - 1, parts[2] - 1),
            ("", 2) when parts[0] == 2 => new ItemRef(ItemKind.Cause, parts[1] - 1, 0),
            ("", 2) when parts[0] == 3 => new ItemRef(ItemKind.Measure, parts[1] - 1, 0),
            _ => null,
        };
        return item is not null && Exists(item, draft) ? item : null;
    }

    /// <summary>The ids of the problems named in a list such as “1.1.1 1.2.1”.</summary>
    public static IReadOnlyList<string> ParseProblemRefs(string? text, Draft draft) =>
        Reference().Matches((text ?? string.Empty).Replace('．', '.'))
            .Select(m => Parse(m.Value, draft))
            .Where(r => r is { Kind: ItemKind.Problem })
            .Select(r => draft.Aspects[r!.Index].Problems[r.SubIndex].Id)
            .Distinct()
            .ToList();

    private static bool Exists(ItemRef item, Draft draft) => item.Kind switch
    {
        ItemKind.Problem => item.Index >= 0 && item.Index < draft.Aspects.Count
            && item.SubIndex >= 0 && item.SubIndex < draft.Aspects[item.Index].Problems.Count,
        ItemKind.Cause => item.Index >= 0 && item.Index < draft.Causes.Count,
        ItemKind.Measure => item.Index >= 0 && item.Index < draft.Measures.Count,
        _ => true,
    };

    [GeneratedRegex(@"(?<word>问题|原因|措施)?(?<num>\d+(?:\.\d+){0,2})")]
    private static partial Regex Reference();
}

public enum ItemKind
{
    Preamble,
    Problem,
    Cause,
    Measure,
}

/// <summary>A located item: for problems Index is the aspect and SubIndex the problem; otherwise Index is the item.</summary>
public sealed record ItemRef(ItemKind Kind, int Index, int SubIndex)
{
    public string Number => Kind switch
    {
        ItemKind.Preamble => "0",
        ItemKind.Problem => $"1.{Index + 1}.{SubIndex + 1}",
        ItemKind.Cause => $"2.{Index + 1}",
        _ => $"3.{Index + 1}",
    };
}
