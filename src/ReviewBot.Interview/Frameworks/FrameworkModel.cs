using System.Text.Json.Serialization;

namespace ReviewBot.Interview.Frameworks;

/// <summary>民主生活会 or 组织生活会 — decides e.g. which 上年度 section title fits.</summary>
public enum MeetingType
{
    MinzhuShenghuohui,
    ZuzhiShenghuohui,
}

/// <summary>One 对照方面: what it covers, what to ask, and typical problem headlines to offer.</summary>
public sealed record Aspect
{
    public required string Id { get; init; }
    /// <summary>As it appears in the material, e.g. 理论学习 or 带头强化政治忠诚、提高政治能力.</summary>
    public required string Name { get; init; }
    /// <summary>A short label for menus and buttons, e.g. 政治忠诚.</summary>
    public string? ShortName { get; init; }
    /// <summary>Overrides the framework's aspect heading template for this aspect (slot {name}).</summary>
    public string? Heading { get; init; }
    public required string Covers { get; init; }
    public required IReadOnlyList<string> Questions { get; init; }
    public required IReadOnlyList<string> Hints { get; init; }
    public required IReadOnlyList<PhraseEntry> PhraseBank { get; init; }

    /// <summary>The short name when there is one, else the name.</summary>
    [JsonIgnore]
    public string Label => ShortName ?? Name;
}

/// <summary>A problem headline in the genre's style, and words in the user's text that make it fit.</summary>
public sealed record PhraseEntry
{
    public required string Text { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
}

/// <summary>A headline with its paragraph (cause or measure), written with the voice slots {subject}, {subjectFull}, {subjectPart}.</summary>
public sealed record HeadlinePhrase
{
    public required string Headline { get; init; }
    public required string Text { get; init; }
}

/// <summary>A 原因 dimension such as 理想信念 or 党性修养.</summary>
public sealed record CauseDimension
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<string> Hints { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>Aspects whose problems usually trace back to this dimension.</summary>
    public IReadOnlyList<string> AspectIds { get; init; } = [];
    /// <summary>Suggested even when no problem matches.</summary>
    public bool Default { get; init; }
    public required IReadOnlyList<HeadlinePhrase> PhraseBank { get; init; }
}

/// <summary>A 整改措施 dimension with measure headlines in the 四字+四字 style.</summary>
public sealed record MeasureDimension
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>Aspects whose problems this dimension answers.</summary>
    public IReadOnlyList<string> AspectIds { get; init; } = [];
    public required IReadOnlyList<HeadlinePhrase> PhraseBank { get; init; }
}

/// <summary>The preamble's pieces in reading order. Every piece is a template; a missing piece is skipped.</summary>
public record PreamblePieces
{
    public string? Basis { get; init; }
    public string? Theme { get; init; }
    public string? Study { get; init; }
    public string? CaseStudy { get; init; }
    public string? Soliciting { get; init; }
    public string? Talks { get; init; }
    public string? Aspects { get; init; }
    public string? Closing { get; init; }

    /// <summary>(name, template) in reading order, skipping absent pieces.</summary>
    public IEnumerable<(string Name, string Template)> InOrder()
    {
        (string, string?)[] pieces =
        [
            ("basis", Basis), ("theme", Theme), ("study", Study), ("caseStudy", CaseStudy),
            ("soliciting", Soliciting), ("talks", Talks), ("aspects", Aspects), ("closing", Closing),
        ];
        return pieces.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!));
    }
}

/// <summary>The preamble template: default pieces, the pre-meeting study items and per-kind overrides.</summary>
public sealed record PreambleTemplate : PreamblePieces
{
    public IReadOnlyList<string> StudyItems { get; init; } = [];
    public PerKind<PreamblePieces>? ByKind { get; init; }

    /// <summary>The pieces for a kind: each override replaces the default piece of the same name.</summary>
    public PreamblePieces For(Drafts.Model.SubjectKind kind)
    {
        var o = ByKind?.For(kind);
        if (o is null)
        {
            return this;
        }
        return new PreamblePieces
        {
            Basis = o.Basis ?? Basis,
            Theme = o.Theme ?? Theme,
            Study = o.Study ?? Study,
            CaseStudy = o.CaseStudy ?? CaseStudy,
            Soliciting = o.Soliciting ?? Soliciting,
            Talks = o.Talks ?? Talks,
            Aspects = o.Aspects ?? Aspects,
            Closing = o.Closing ?? Closing,
        };
    }
}

/// <summary>A value per kind as written in the files: team, individual, branch, member.</summary>
public sealed record PerKind<T>
    where T : class
{
    public T? Team { get; init; }
    public T? Individual { get; init; }
    public T? Branch { get; init; }
    public T? Member { get; init; }

    public T? For(Drafts.Model.SubjectKind kind) => kind switch
    {
        Drafts.Model.SubjectKind.Team => Team,
        Drafts.Model.SubjectKind.Individual => Individual,
        Drafts.Model.SubjectKind.Branch => Branch,
        Drafts.Model.SubjectKind.Member => Member,
        _ => null,
    };
}

/// <summary>The framework's title choices; the first of each list is the default, the rest are the genre's variants.</summary>
public sealed record FrameworkSectionTitles
{
    public required PerKind<IReadOnlyList<string>> DocumentTitles { get; init; }
    public required string AspectHeading { get; init; }
    public required IReadOnlyList<string> PreviousRectification { get; init; }
    public required IReadOnlyList<string> Problems { get; init; }
    public required IReadOnlyList<string> Causes { get; init; }
    public required IReadOnlyList<string> Measures { get; init; }
}
