using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Drafts.Tests.Composition;

public sealed class DraftOutlineTests
{
    [Fact]
    public void Team_draft_counts_per_aspect_and_lists_what_is_missing()
    {
        var outline = DraftOutline.From(SampleDrafts.Team2023());

        Assert.Equal(12, outline.ProblemCount);
        Assert.Equal(4, outline.CauseCount);
        Assert.Equal(4, outline.MeasureCount);
        Assert.True(outline.HasPreamble);
        Assert.All(outline.Aspects, a => Assert.Equal(2, a.ProblemCount));
        Assert.Equal(1, outline.Aspects[5].ExampleCount);
        Assert.Empty(outline.AspectsWithoutProblems);
        Assert.Equal(["6.2"], outline.ProblemsWithoutExample.Select(p => p.Number));
        Assert.Equal(["a6-2"], outline.ProblemsWithoutMeasure.Select(p => p.ProblemId));
        Assert.Equal([2, 4], outline.MeasuresWithoutOwner.Select(m => m.Number));
        Assert.Equal([3, 4], outline.MeasuresWithoutDeadline.Select(m => m.Number));
        Assert.Empty(outline.MeasuresWithoutProblem);
        Assert.Equal(2, outline.PlaceholderCount);
        Assert.False(outline.IsComplete);
    }

    [Fact]
    public void Individual_draft_reports_empty_aspects_and_placeholder_examples()
    {
        var outline = DraftOutline.From(SampleDrafts.Individual2024());

        Assert.Equal(["带头增强党性、严守纪律、砥砺作风", "带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新"], outline.AspectsWithoutProblems.Select(a => a.Name));
        Assert.Equal([2, 3], outline.AspectsWithoutProblems.Select(a => a.Number));
        Assert.Equal(["4.1", "4.2"], outline.ProblemsWithoutExample.Select(p => p.Number));
        Assert.Equal(["p2", "p3"], outline.ProblemsWithoutMeasure.Select(p => p.ProblemId));
        Assert.Equal(1, outline.PlaceholderCount);
    }

    [Fact]
    public void A_finished_draft_is_complete()
    {
        var draft = SampleDrafts.Individual2024();
        draft = draft with
        {
            Aspects = draft.Aspects.Take(1).ToList(),
            Measures = [draft.Measures[0] with { Deadline = new Deadline(DeadlineKind.Date, new DateOnly(2025, 6, 30), "") }],
        };

        var outline = DraftOutline.From(draft);

        Assert.True(outline.IsComplete);
        Assert.Contains("完成时限：2025年6月30日前", DraftComposer.Compose(draft).ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Measures_without_links_are_reported()
    {
        var draft = SampleDrafts.Team2023();
        draft.Measures.Add(new MeasureItem { Id = "m5", Headline = "加强本领锤炼，提高履职能力" });

        var outline = DraftOutline.From(draft);

        Assert.Equal([5], outline.MeasuresWithoutProblem.Select(m => m.Number));
    }

    [Fact]
    public void Placeholders_are_counted_in_the_composed_text()
    {
        Assert.Equal(3, DraftOutline.CountPlaceholders("【待补：一】和【待补：二】，还有【待补：三】"));
        Assert.Equal(0, DraftOutline.CountPlaceholders("没有占位符"));
    }
}
