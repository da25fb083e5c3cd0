using System.Text.RegularExpressions;

namespace ReviewBot.Drafts.Composition;

/// <summary>
/// Fills templates with named slots such as <c>{unit}</c>. A segment written <c>[[…]]</c> is optional: it is dropped
/// when any slot inside it has no value, and kept (without the brackets) otherwise.
/// </summary>
public static partial class SlotTemplate
{
    /// <summary>The slot names used in a template, in order of first use.</summary>
    public static IReadOnlyList<string> SlotNames(string template) =>
        SlotPattern().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// True when every <c>{</c> and <c>}</c> belongs to a well-formed slot and every <c>[[</c> is closed.
    /// </summary>
    public static bool IsWellFormed(string template)
    {
        var withoutSlots = SlotPattern().Replace(template, string.Empty);
        if (withoutSlots.Contains('{') || withoutSlots.Contains('}'))
        {
            return false;
        }
        var withoutOptional = OptionalPattern().Replace(template, string.Empty);
        return !withoutOptional.Contains("[[", StringComparison.Ordinal) && !withoutOptional.Contains("]]", StringComparison.Ordinal);
    }

    /// <summary>
    /// Replaces each slot with its value; a slot without a value (absent, null or blank) becomes <paramref name="missing"/>(name)
    /// outside optional segments.
    /// </summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string?> values, Func<string, string> missing)
    {
        ArgumentNullException.ThrowIfNull(template);
        var text = OptionalPattern().Replace(template, m =>
        {
            var inner = m.Groups[1].Value;
            var allPresent = SlotPattern().Matches(inner).All(s => HasValue(values, s.Groups[1].Value));
            return allPresent ? inner : string.Empty;
        });
        return SlotPattern().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            return HasValue(values, name) ? values[name]! : missing(name);
        });
    }

    private static bool HasValue(IReadOnlyDictionary<string, string?> values, string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex SlotPattern();

    [GeneratedRegex(@"\[\[(.*?)\]\]", RegexOptions.Singleline)]
    private static partial Regex OptionalPattern();
}
