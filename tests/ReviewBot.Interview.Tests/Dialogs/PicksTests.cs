using ReviewBot.Interview.Dialogs;

namespace ReviewBot.Interview.Tests.Dialogs;

public sealed class PicksTests
{
    [Theory]
    [InlineData("1 3", new[] { 0, 2 })]
    [InlineData("1、3", new[] { 0, 2 })]
    [InlineData("1,3", new[] { 0, 2 })]
    [InlineData("第3条和第1条", new[] { 2, 0 })]
    [InlineData("2 2 2", new[] { 1 })]
    [InlineData("0 4 9 12", new[] { 3 })]
    [InlineData("全部", new[] { 0, 1, 2, 3 })]
    [InlineData(" 都要 ", new[] { 0, 1, 2, 3 })]
    [InlineData("all", new[] { 0, 1, 2, 3 })]
    public void Picked_numbers_become_zero_based_indexes_within_the_list(string text, int[] expected)
    {
        Assert.Equal(expected, Picks.Parse(text, 4));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("都不要")]
    [InlineData("5 6")]
    public void Nothing_in_range_gives_nothing(string? text)
    {
        Assert.Empty(Picks.Parse(text, 4));
    }
}
