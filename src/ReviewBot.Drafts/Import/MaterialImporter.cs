namespace ReviewBot.Drafts.Import;

/// <summary>
/// Reads a 对照检查材料 as plain text into problems, causes and measures by the genre's headings (存在的问题 /
/// 问题产生的原因 / 整改措施 / 下一步打算 …) and numbering (一、 （一） 1. （1） ① and 一是/二是 inside a paragraph).
/// Within a part the first numbering style seen is the outer level; a second style nests under it (outer items
/// become the group, e.g. the aspect). Problems written as 一是/二是 inside an aspect paragraph are split. Text before
/// the first heading is the preamble; anything else it cannot place is kept in <see cref="ImportedMaterial.Unrecognised"/>.
/// </summary>
public static class MaterialImporter
{
    private const int MaxHeadingLength = 30;

    public static ImportedMaterial Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var preamble = new List<string>();
        var unrecognised = new List<string>();
        var nodes = new Dictionary<MaterialSection, List<Node>>
        {
            [MaterialSection.Problems] = [], [MaterialSection.Causes] = [], [MaterialSection.Measures] = [],
        };
        var section = MaterialSection.None;
        foreach (var paragraph in Paragraphs(text))
        {
            var (kind, rest) = NumberingMarkers.Read(paragraph);
            if (kind is MarkerKind.None or MarkerKind.Chinese or MarkerKind.Arabic && HeadingSection(rest) is { } heading)
            {
                section = heading;
                if (section == MaterialSection.Other)
                {
                    unrecognised.Add(paragraph);
                }
                continue;
            }
            switch (section)
            {
                case MaterialSection.None:
                    preamble.Add(paragraph);
                    break;
                case MaterialSection.Other:
                    unrecognised.Add(paragraph);
                    break;
                default:
                    var list = nodes[section];
                    if (kind != MarkerKind.None)
                    {
                        list.Add(new Node(kind, rest));
                    }
                    else if (list.Count > 0)
                    {
                        list[^1].Text += rest;
                    }
                    else
                    {
                        unrecognised.Add(paragraph);
                    }
                    break;
            }
        }
        return new ImportedMaterial(
            preamble.Count == 0 ? null : string.Join('\n', preamble),
            Items(nodes[MaterialSection.Problems], splitPoints: true),
            Items(nodes[MaterialSection.Causes], splitPoints: false),
            Items(nodes[MaterialSection.Measures], splitPoints: false),
            unrecognised);
    }

    /// <summary>The part a short heading line (no sentence punctuation) opens; null when the line is not a heading.</summary>
    public static MaterialSection? HeadingSection(string line)
    {
        var t = line.Trim().TrimEnd('：', ':', '。');
        if (t.Length == 0 || t.Length > MaxHeadingLength || t.IndexOfAny(['。', '，', ',', '；']) >= 0)
        {
            return null;
        }
        if (t.Contains("上年度", StringComparison.Ordinal) || t.Contains("整改落实情况", StringComparison.Ordinal))
        {
            return MaterialSection.Other;
        }
        if (ContainsAny(t, "整改措施", "下一步", "努力方向", "改进措施", "整改方向", "措施"))
        {
            return MaterialSection.Measures;
        }
        if (ContainsAny(t, "原因", "根源", "剖析"))
        {
            return MaterialSection.Causes;
        }
        return ContainsAny(t, "存在的", "问题", "对照检查情况", "查摆", "差距和不足") ? MaterialSection.Problems : null;
    }

    private static List<ImportedItem> Items(List<Node> nodes, bool splitPoints)
    {
        var items = new List<ImportedItem>();
        if (nodes.Count == 0)
        {
            return items;
        }
        var outer = nodes[0].Kind;
        Node? parent = null;
        var parentHasChildren = false;
        foreach (var node in nodes)
        {
            if (node.Kind == outer)
            {
                if (parent is not null && !parentHasChildren)
                {
                    AddLeaf(items, null, parent.Text, splitPoints);
                }
                parent = node;
                parentHasChildren = false;
                continue;
            }
            parentHasChildren = true;
            AddLeaf(items, parent is null ? null : Group(parent.Text), node.Text, splitPoints: false);
        }
        if (parent is not null && !parentHasChildren)
        {
            AddLeaf(items, null, parent.Text, splitPoints);
        }
        return items;
    }

    private static void AddLeaf(List<ImportedItem> items, string? group, string text, bool splitPoints)
    {
        if (splitPoints)
        {
            var (lead, points) = NumberingMarkers.SplitPoints(text);
            if (points.Count > 0)
            {
                var pointGroup = lead.Length > 0 ? Group(lead) : group;
                items.AddRange(points.Select(p => new ImportedItem(pointGroup, NumberingMarkers.FirstSentence(p), p)));
                return;
            }
        }
        items.Add(new ImportedItem(group, NumberingMarkers.FirstSentence(text), text));
    }

    private static string Group(string text) => NumberingMarkers.FirstSentence(text).TrimEnd('。', '：', ':');

    private static bool ContainsAny(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(p => p.Trim().Trim('\u3000', '\u00A0', '\uFEFF').Trim())
            .Where(p => p.Length > 0);

    private sealed class Node(MarkerKind kind, string text)
    {
        public MarkerKind Kind { get; } = kind;
        public string Text { get; set; } = text;
    }
}
