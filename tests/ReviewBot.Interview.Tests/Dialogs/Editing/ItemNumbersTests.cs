using ReviewBot.Interview.Dialogs;
using ReviewBot.Interview.Tests.Dialogs;

namespace ReviewBot.Interview.Tests.Dialogs.Editing;

public sealed class ItemNumbersTests
{
    [Theory]
    [InlineData("0", ItemKind.Preamble, 0, 0)]
    [InlineData("导语", ItemKind.Preamble, 0, 0)]
    [InlineData("1.1.1", ItemKind.Problem, 0, 0)]
    [InlineData("1.1.2", ItemKind.Problem, 0, 1)]
    [InlineData("1.2.1", ItemKind.Problem, 1, 0)]
    [InlineData(" 1 . 2 . 1 ", ItemKind.Problem, 1, 0)]
    [InlineData("1．2．1", ItemKind.Problem, 1, 0)]
    [InlineData("问题2.1", ItemKind.Problem, 1, 0)]
    [InlineData("2.2", ItemKind.Cause, 1, 0)]
    [InlineData("原因1", ItemKind.Cause, 0, 0)]
    [InlineData("3.1", ItemKind.Measure, 0, 0)]
    [InlineData("措施2", ItemKind.Measure, 1, 0)]
    public void References_name_the_item(string text, ItemKind kind, int index, int subIndex)
    {
        var item = ItemNumbers.Parse(text, TestDrafts.Sample());

        Assert.Equal(new ItemRef(kind, index, subIndex), item);
    }

    [Theory]
    [InlineData("1.3.1")]
    [InlineData("1.1.3")]
    [InlineData("1.0.1")]
    [InlineData("2.3")]
    [InlineData("3.9")]
    [InlineData("4.1")]
    [InlineData("1.1")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("第一条")]
    [InlineData("1.1.1 和 1.2.1")]
    public void References_to_nothing_are_null(string? text)
    {
        Assert.Null(ItemNumbers.Parse(text, TestDrafts.Sample()));
    }

    [Theory]
    [InlineData(ItemKind.Preamble, 0, 0, "0")]
    [InlineData(ItemKind.Problem, 1, 0, "1.2.1")]
    [InlineData(ItemKind.Cause, 1, 0, "2.2")]
    [InlineData(ItemKind.Measure, 0, 0, "3.1")]
    public void A_reference_prints_the_number_it_was_read_from(ItemKind kind, int index, int subIndex, string number)
    {
        var item = new ItemRef(kind, index, subIndex);

        Assert.Equal(number, item.Number);
        Assert.Equal(item, ItemNumbers.Parse(number, TestDrafts.Sample()));
    }

    [Fact]
    public void Problem_numbers_follow_aspect_and_position()
    {
        var numbers = ItemNumbers.ProblemNumbers(TestDrafts.Sample());

        Assert.Equal("1.1.1", numbers["p1"]);
        Assert.Equal("1.1.2", numbers["p2"]);
        Assert.Equal("1.2.1", numbers["p3"]);
    }

    [Fact]
    public void A_list_of_problem_numbers_gives_their_ids_once_each_and_ignores_other_items()
    {
        var ids = ItemNumbers.ParseProblemRefs("1.2.1、1.1.1 1.2.1 2.1 1.5.1", TestDrafts.Sample());

        Assert.Equal(["p3", "p1"], ids);
    }
}
