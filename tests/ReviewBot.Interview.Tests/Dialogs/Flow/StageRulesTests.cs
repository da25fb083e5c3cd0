using ReviewBot.Interview.Dialogs.Flow;
using ReviewBot.Interview.Workspace;

namespace ReviewBot.Interview.Tests.Dialogs.Flow;

public sealed class StageRulesTests
{
    private const int Aspects = 3;

    [Fact]
    public void Next_walks_preamble_every_aspect_causes_measures_review()
    {
        var stages = new List<InterviewProgress>();
        var current = new InterviewProgress(InterviewStage.Preamble);
        while (current.Stage != InterviewStage.Review)
        {
            stages.Add(current);
            current = StageRules.After(current, StageMove.Next, Aspects);
        }

        Assert.Equal(
        [
            new InterviewProgress(InterviewStage.Preamble),
            new InterviewProgress(InterviewStage.Aspects, 0),
            new InterviewProgress(InterviewStage.Aspects, 1),
            new InterviewProgress(InterviewStage.Aspects, 2),
            new InterviewProgress(InterviewStage.Causes),
            new InterviewProgress(InterviewStage.Measures),
        ], stages);
    }

    [Theory]
    [InlineData(InterviewStage.Preamble, 0, InterviewStage.Preamble, 0)]
    [InlineData(InterviewStage.Aspects, 0, InterviewStage.Preamble, 0)]
    [InlineData(InterviewStage.Aspects, 2, InterviewStage.Aspects, 1)]
    [InlineData(InterviewStage.Causes, 0, InterviewStage.Aspects, 2)]
    [InlineData(InterviewStage.Measures, 0, InterviewStage.Causes, 0)]
    public void Back_goes_to_the_previous_step(InterviewStage stage, int aspect, InterviewStage expected, int expectedAspect)
    {
        Assert.Equal(new InterviewProgress(expected, expectedAspect), StageRules.After(new InterviewProgress(stage, aspect), StageMove.Back, Aspects));
    }

    [Theory]
    [InlineData(InterviewStage.Preamble, InterviewStage.Causes)]
    [InlineData(InterviewStage.Aspects, InterviewStage.Causes)]
    [InlineData(InterviewStage.Causes, InterviewStage.Review)]
    [InlineData(InterviewStage.Measures, InterviewStage.Review)]
    public void Finish_skips_ahead(InterviewStage stage, InterviewStage expected)
    {
        Assert.Equal(expected, StageRules.After(new InterviewProgress(stage, 1), StageMove.Finish, Aspects).Stage);
    }

    [Fact]
    public void Back_from_causes_with_no_aspects_stays_in_range()
    {
        Assert.Equal(new InterviewProgress(InterviewStage.Aspects, 0), StageRules.After(new InterviewProgress(InterviewStage.Causes), StageMove.Back, 0));
    }

    [Fact]
    public void The_review_stays_the_review()
    {
        Assert.Equal(InterviewStage.Review, StageRules.After(new InterviewProgress(InterviewStage.Review), StageMove.Next, Aspects).Stage);
    }
}
