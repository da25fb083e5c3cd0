using System.Text.RegularExpressions;
using ReviewBot.Dialogs.Text;

namespace ReviewBot.Dialogs.Choices;

/// <summary>
/// Strict choice recognition. After <see cref="InputNormalizer.Normalize"/>, the answer must equal a choice's title,
/// value or one of its synonyms, or be its 1-based number (1, １, 一, 第二, 第3个, 三项). Nothing partial:
/// "修改一下" does not select "修改".
/// </summary>
public static partial class ChoiceRecognizer
{
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var answer = InputNormalizer.Normalize(text);
        if (answer.Length == 0)
        {
            return null;
        }
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (Matches(answer, choice.DisplayTitle) || Matches(answer, choice.Value)
                || (choice.Synonyms?.Any(s => Matches(answer, s)) ?? false))
            {
                return new FoundChoice(choice.Value, i, choice.DisplayTitle);
            }
        }
        return TryParseOrdinal(answer, out var number) && number >= 1 && number <= choices.Count
            ? new FoundChoice(choices[number - 1].Value, number - 1, choices[number - 1].DisplayTitle)
            : null;
    }

    /// <summary>A whole answer that names a position: 2, 二, 第二, 第2个, 2项, 2号.</summary>
    public static bool TryParseOrdinal(string? text, out int number)
    {
        number = 0;
        var match = Ordinal().Match(InputNormalizer.Normalize(text));
        if (!match.Success || !ChineseNumerals.TryParse(match.Groups[1].Value, out var value) || value > int.MaxValue)
        {
            return false;
        }
        number = (int)value;
        return true;
    }

    private static bool Matches(string answer, string? candidate) =>
        candidate is not null && string.Equals(answer, InputNormalizer.Normalize(candidate), StringComparison.Ordinal);

    [GeneratedRegex(@"^第?([0-9零〇一二两三四五六七八九十]{1,4})(?:个|项|条|号)?$")]
    private static partial Regex Ordinal();
}
