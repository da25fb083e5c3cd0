using System.Text;

namespace ReviewBot.Interview.Phrasing;

/// <summary>
/// Hides the user's facts behind private-use characters while the text is reworded, so no rewrite can touch a number,
/// a name or a quoted term; <see cref="Unmask"/> puts them back (quoting terms such as 枫桥经验 on the way).
/// </summary>
internal sealed class FactMask
{
    private const char First = '\uE000';
    private readonly IReadOnlyList<Fact> _facts;
    private readonly IReadOnlyList<string> _quoteSuffixes;

    private FactMask(IReadOnlyList<Fact> facts, IReadOnlyList<string> quoteSuffixes)
    {
        _facts = facts;
        _quoteSuffixes = quoteSuffixes;
    }

    public static (string Masked, FactMask Mask) Apply(string text, IReadOnlyList<string> quoteSuffixes)
    {
        var facts = FactExtractor.Extract(text)
            .Where(f => f.Index + f.Text.Length <= text.Length && string.CompareOrdinal(text, f.Index, f.Text, 0, f.Text.Length) == 0)
            .Take(6000)
            .ToList();
        var masked = new StringBuilder(text.Length);
        var position = 0;
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            if (fact.Index < position)
            {
                continue;
            }
            masked.Append(text, position, fact.Index - position).Append((char)(First + i));
            position = fact.Index + fact.Text.Length;
        }
        masked.Append(text, position, text.Length - position);
        return (masked.ToString(), new FactMask(facts, quoteSuffixes));
    }

    public string Unmask(string masked)
    {
        var text = new StringBuilder(masked.Length + 16);
        for (var i = 0; i < masked.Length; i++)
        {
            var c = masked[i];
            var index = c - First;
            if (index < 0 || index >= _facts.Count)
            {
                text.Append(c);
                continue;
            }
            var fact = _facts[index];
            var quote = fact.Kind == FactKind.ProperNoun
                && _quoteSuffixes.Any(s => fact.Text.EndsWith(s, StringComparison.Ordinal))
                && (i == 0 || masked[i - 1] != '“');
            text.Append(quote ? "“" + fact.Text + "”" : fact.Text);
        }
        return text.ToString();
    }

    /// <summary>True when the masked text holds any fact of the given kinds.</summary>
    public bool HasFact(string masked, params FactKind[] kinds) =>
        masked.Any(c => c - First >= 0 && c - First < _facts.Count && (kinds.Length == 0 || kinds.Contains(_facts[c - First].Kind)));
}
