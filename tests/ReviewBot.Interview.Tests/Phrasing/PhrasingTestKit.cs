using System.Text.RegularExpressions;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Interview.Tests.Phrasing;

/// <summary>Shared set-up for phrasing tests: the real templates and frameworks from dialogs/.</summary>
public static partial class PhrasingTestKit
{
    public const string F2023 = "2023-zhuti-jiaoyu-minzhu-shenghuohui";
    public const string F2024 = "2024-niandu-minzhu-shenghuohui";
    public const string F2025 = "2025-niandu-minzhu-shenghuohui";
    public const string Zuzhi = "zuzhi-shenghuohui-dangyuan";

    private static readonly Lazy<PhrasingTemplates> LazyTemplates = new(() => PhrasingTemplates.Load(TestDialogs.DialogsPath));

    public static PhrasingTemplates Templates => LazyTemplates.Value;

    public static BuiltInPhraser Phraser { get; } = new(Templates);

    public static ProblemRequest Request(string frameworkId, string aspectId, SubjectKind kind, string raw)
    {
        var framework = TestDialogs.Catalog.Get(frameworkId);
        return new ProblemRequest { Framework = framework, Aspect = framework.FindAspect(aspectId)!, Kind = kind, RawInput = raw };
    }

    /// <summary>Every run of digits in the output occurs in the input: nothing invented.</summary>
    public static void AssertNoInventedDigits(string input, string output)
    {
        foreach (Match digits in Digits().Matches(output))
        {
            Assert.True(input.Contains(digits.Value, StringComparison.Ordinal), $"invented digits “{digits.Value}” in: {output}");
        }
    }

    /// <summary>No ASCII punctuation used as Chinese punctuation; no doubled or clashing marks.</summary>
    public static void AssertChinesePunctuation(string output)
    {
        Assert.DoesNotMatch(@"[,;?!()""]", output);
        Assert.DoesNotMatch(@"(?<!\d):|:(?!\d)", output);
        Assert.DoesNotMatch(@"(?<!\d)\.|\.(?!\d)", output);
        Assert.DoesNotMatch("。。|，。|，，|、。|；。", output);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
