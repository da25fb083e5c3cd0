using System.Text.RegularExpressions;

namespace ReviewBot.Llm.Redaction;

/// <summary>What a placeholder stands for.</summary>
public enum RedactionKind
{
    Unit,
    Name,
    Term,
    Phone,
    IdNumber,
    Email,
}

/// <summary>
/// The 出网闸门: replaces the unit's name, people's names, configured terms, mobile / landline phone numbers, ID numbers
/// and e-mail addresses by placeholders such as [UNIT_1] and [NAME_2] before text leaves, and puts the originals back
/// into the answer. The same value always gets the same placeholder within one request (stable across the prompt and
/// the re-ask). Public hotlines (12348, 12345) are not personal data and are kept.
/// </summary>
public sealed partial class Redactor
{
    private readonly List<(string Original, string Placeholder)> _map = [];
    private readonly Dictionary<RedactionKind, int> _counters = [];
    private readonly List<(string Term, RedactionKind Kind)> _terms;

    /// <param name="terms">Known words to hide: the unit's name, the person's name, configured terms. Longer ones win.</param>
    public Redactor(IEnumerable<(string Term, RedactionKind Kind)> terms)
    {
        _terms = terms
            .Where(t => !string.IsNullOrWhiteSpace(t.Term) && t.Term.Trim().Length >= 2)
            .Select(t => (t.Term.Trim(), t.Kind))
            .DistinctBy(t => t.Item1)
            .OrderByDescending(t => t.Item1.Length)
            .ToList();
    }

    /// <summary>Placeholders handed out so far, with what they stand for.</summary>
    public IReadOnlyList<(string Original, string Placeholder)> Map => _map;

    public string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }
        foreach (var (term, kind) in _terms)
        {
            if (text.Contains(term, StringComparison.Ordinal))
            {
                text = text.Replace(term, PlaceholderFor(term, kind), StringComparison.Ordinal);
            }
        }
        text = IdNumberPattern().Replace(text, m => PlaceholderFor(m.Value, RedactionKind.IdNumber));
        text = EmailPattern().Replace(text, m => PlaceholderFor(m.Value, RedactionKind.Email));
        text = PhonePattern().Replace(text, m => PlaceholderFor(m.Value, RedactionKind.Phone));
        return text;
    }

    /// <summary>Puts the originals back; placeholders the model mangled stay visible and fail the fact check.</summary>
    public string Restore(string text)
    {
        if (string.IsNullOrEmpty(text) || _map.Count == 0)
        {
            return text;
        }
        foreach (var (original, placeholder) in _map)
        {
            text = text.Replace(placeholder, original, StringComparison.Ordinal);
        }
        return text;
    }

    private string PlaceholderFor(string original, RedactionKind kind)
    {
        foreach (var (o, p) in _map)
        {
            if (o == original)
            {
                return p;
            }
        }
        var next = _counters.GetValueOrDefault(kind) + 1;
        _counters[kind] = next;
        var placeholder = $"[{Label(kind)}_{next}]";
        _map.Add((original, placeholder));
        return placeholder;
    }

    private static string Label(RedactionKind kind) => kind switch
    {
        RedactionKind.Unit => "UNIT",
        RedactionKind.Name => "NAME",
        RedactionKind.Term => "TERM",
        RedactionKind.Phone => "PHONE",
        RedactionKind.IdNumber => "ID",
        RedactionKind.Email => "EMAIL",
        _ => "X",
    };

    /// <summary>18-digit resident ID (last may be X), or the old 15-digit form.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")]
    private static partial Regex IdNumberPattern();

    /// <summary>Mainland mobiles (optionally +86) and landlines with an area code.</summary>
    [GeneratedRegex(@"(?<!\d)((\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}|0\d{2,3}-\d{7,8})(?!\d)")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();
}
