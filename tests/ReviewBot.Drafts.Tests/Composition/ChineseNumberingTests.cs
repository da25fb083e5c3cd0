using ReviewBot.Drafts.Composition;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Drafts.Tests.Composition;

public sealed class ChineseNumberingTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(2, "二")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(15, "十五")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(99, "九十九")]
    [InlineData(100, "一百")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    [InlineData(999, "九百九十九")]
    public void Numerals_follow_chinese_usage(int n, string expected)
    {
        Assert.Equal(expected, ChineseNumbering.Numeral(n));
    }

    [Fact]
    public void Parts_items_and_points_up_to_twenty()
    {
        Assert.Equal("一、", ChineseNumbering.Part(1));
        Assert.Equal("（十二）", ChineseNumbering.Item(12));
        Assert.Equal("二十是", ChineseNumbering.Point(20));
        Assert.Equal("3.", ChineseNumbering.Point(3, PointStyle.Arabic));
        Assert.Equal("三是", ChineseNumbering.Point(3, PointStyle.Yishi));
        Assert.Equal(20, Enumerable.Range(1, 20).Select(ChineseNumbering.Item).Distinct().Count());
    }

    [Fact]
    public void Two_counts_as_liang()
    {
        Assert.Equal("两", ChineseNumbering.Count(2));
        Assert.Equal("六", ChineseNumbering.Count(6));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public void Out_of_range_is_refused(int n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseNumbering.Numeral(n));
    }
}
