using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Dialogs;

namespace ReviewBot.Interview.Tests.Dialogs;

public sealed class DraftEditsTests
{
    [Fact]
    public void Adding_a_problem_appends_it_to_that_aspect_only_and_leaves_the_original_unchanged()
    {
        var draft = TestDrafts.Sample();

        var changed = draft.AddProblem(1, TestDrafts.Problem("p4"));

        Assert.Equal(["p3", "p4"], changed.Aspects[1].Problems.Select(p => p.Id));
        Assert.Equal(2, changed.Aspects[0].Problems.Count);
        Assert.Single(draft.Aspects[1].Problems);
    }

    [Fact]
    public void Replacing_a_problem_keeps_its_place()
    {
        var changed = TestDrafts.Sample().ReplaceProblem(0, 0, TestDrafts.Problem("p1", "新的表述"));

        Assert.Equal("新的表述", changed.Aspects[0].Problems[0].Headline);
        Assert.Equal("p2", changed.Aspects[0].Problems[1].Id);
    }

    [Fact]
    public void Removing_a_problem_unlinks_it_from_measures()
    {
        var changed = TestDrafts.Sample().RemoveProblem(0, 0);

        Assert.Equal(["p2"], changed.Aspects[0].Problems.Select(p => p.Id));
        Assert.Empty(changed.Measures[0].ProblemIds);
        Assert.Equal(["p3"], changed.Measures[1].ProblemIds);
        Assert.Equal(2, changed.Measures.Count);
    }

    [Fact]
    public void Problems_without_a_measure_are_listed()
    {
        Assert.Equal(["p2"], TestDrafts.Sample().ProblemsWithoutMeasure().Select(p => p.Id));
        Assert.Equal(3, TestDrafts.Sample().AllProblems().Count());
    }

    [Fact]
    public void Typed_text_is_split_into_headline_elaboration_and_example()
    {
        var contributor = new Contributor("29:user-b", "李四");

        var problem = DraftEdits.ProblemFromTypedText("x", "学习不够深入。全年集中学习4次，研讨不深。如，2024年3月15日研讨枫桥经验时只读了文件。", null, contributor);

        Assert.Equal("学习不够深入", problem.Headline);
        Assert.Equal("全年集中学习4次，研讨不深。", problem.Elaboration);
        Assert.Equal("2024年3月15日研讨枫桥经验时只读了文件", problem.Example);
        Assert.Equal(contributor, problem.Contributor);
        Assert.Equal("x", problem.Id);
    }

    [Fact]
    public void A_single_sentence_becomes_the_headline_and_the_previous_raw_input_is_kept()
    {
        var previous = TestDrafts.Problem("p1") with { RawInput = "原话" };

        var problem = DraftEdits.ProblemFromTypedText("p1", "12348热线接通率只有85%。", previous, new Contributor("u", null));

        Assert.Equal("12348热线接通率只有85%", problem.Headline);
        Assert.Null(problem.Elaboration);
        Assert.Null(problem.Example);
        Assert.Equal("原话", problem.RawInput);
    }
}
