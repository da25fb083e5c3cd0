using ReviewBot.Documents.Tests.Fixtures;
using ReviewBot.Drafts.Composition;

namespace ReviewBot.Documents.Tests;

public sealed class DocumentSelectionTests
{
    private readonly ComposedDocument draft = SampleDraft.Create();

    [Fact]
    public void Whole_keeps_every_block()
    {
        Assert.Same(draft, DocumentSelection.Whole.Apply(draft));
    }

    [Theory]
    [InlineData(DocumentPart.Preamble)]
    [InlineData(DocumentPart.PreviousRectification)]
    [InlineData(DocumentPart.Problems)]
    [InlineData(DocumentPart.Causes)]
    [InlineData(DocumentPart.Measures)]
    public void Part_keeps_only_that_parts_blocks_in_order(DocumentPart part)
    {
        var selected = DocumentSelection.OfPart(part).Apply(draft);
        Assert.NotEmpty(selected.Blocks);
        Assert.All(selected.Blocks, b => Assert.Equal(part, b.Part));
        Assert.Equal(draft.Blocks.Where(b => b.Part == part), selected.Blocks);
        Assert.Equal(draft.Title, selected.Title);
    }

    [Fact]
    public void Aspect_keeps_the_problems_heading_and_that_aspects_paragraphs()
    {
        var selected = DocumentSelection.OfAspect(4).Apply(draft);
        Assert.IsType<SectionHeading>(selected.Blocks[0]);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(selected.Blocks.Skip(1)));
        Assert.Equal(4, paragraph.AspectIndex);
    }

    [Fact]
    public void Aspect_that_is_not_written_yet_selects_nothing()
    {
        Assert.Empty(DocumentSelection.OfAspect(9).Apply(draft).Blocks);
    }

    [Fact]
    public void Negative_aspect_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentSelection.OfAspect(-1));
    }
}
