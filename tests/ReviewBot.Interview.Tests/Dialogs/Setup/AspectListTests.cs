using ReviewBot.Interview.Dialogs.Setup;

namespace ReviewBot.Interview.Tests.Dialogs.Setup;

public sealed class AspectListTests
{
    [Theory]
    [InlineData("理论学习、政治素质、能力本领")]
    [InlineData("理论学习，政治素质；能力本领")]
    [InlineData("理论学习\n政治素质\r\n能力本领")]
    [InlineData("1.理论学习\n2）政治素质")]
    [InlineData("（一）理论学习、（二）政治素质、（三）能力本领")]
    [InlineData("一是理论学习；二是政治素质；三是能力本领。")]
    [InlineData("“理论学习”、“政治素质”、“能力本领”")]
    public void Names_are_read_without_separators_numbering_or_quotes(string text)
    {
        var names = AspectList.Parse(text);

        Assert.Equal("理论学习", names[0]);
        Assert.Equal("政治素质", names[1]);
        if (!text.Contains('2', StringComparison.Ordinal))
        {
            Assert.Equal(["理论学习", "政治素质", "能力本领"], names);
        }
    }

    [Fact]
    public void Duplicates_bare_numerals_and_empty_items_are_dropped()
    {
        Assert.Equal(["理论学习", "政治素质"], AspectList.Parse("理论学习、、理论学习、3、十、政治素质、"));
    }

    [Fact]
    public void At_most_twelve_aspects_are_kept()
    {
        var text = string.Join("、", Enumerable.Range(1, 20).Select(i => $"方面{i}"));

        Assert.Equal(12, AspectList.Parse(text).Count);
    }

    [Fact]
    public void Over_long_names_are_dropped()
    {
        Assert.Equal(["理论学习"], AspectList.Parse("理论学习、" + new string('长', 41)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("、，；")]
    public void Nothing_usable_gives_an_empty_list(string? text)
    {
        Assert.Empty(AspectList.Parse(text));
    }
}
