namespace ReviewBot.Interview.Quality;

/// <summary>The 材料体检 rules.</summary>
public enum QualityRule
{
    /// <summary>空话套话 in a problem that has no concrete example.</summary>
    GenericPhrase,
    /// <summary>A problem without a 如，-example.</summary>
    MissingExample,
    /// <summary>A problem no measure answers.</summary>
    ProblemWithoutMeasure,
    MeasureWithoutOwner,
    MeasureWithoutDeadline,
    /// <summary>A leftover 【待补：…】.</summary>
    Placeholder,
    /// <summary>The same sentence twice in the material.</summary>
    RepeatedSentence,
    /// <summary>错别字, 易混词, 不规范表述 from dialogs/quality/wording-errors.json.</summary>
    WordingError,
}

/// <summary><see cref="Must"/>: fix before the material is handed in; <see cref="Should"/>: worth improving.</summary>
public enum QualitySeverity
{
    Must,
    Should,
}

/// <summary>One finding: which rule, where (e.g. “理论学习”第2条问题), the words concerned, and what to do.</summary>
public sealed record QualityFinding(QualityRule Rule, QualitySeverity Severity, string Where, string Excerpt, string Advice)
{
    /// <summary>The item's number as 修改 uses it (0 导语, 1.2.1 a problem, 2.3 a cause, 3.1 a measure); null when it has none.</summary>
    public string? Item { get; init; }
}

/// <summary>All findings for one draft, in document order.</summary>
public sealed record QualityReport(IReadOnlyList<QualityFinding> Findings)
{
    public bool Passed => Findings.Count == 0;

    public int MustFix => Findings.Count(f => f.Severity == QualitySeverity.Must);
}
