using ReviewBot.Dialogs.Text;

namespace ReviewBot.Dialogs.Tests.Text;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("-3", -3)]
    [InlineData("+7", 7)]
    [InlineData("１２", 12)]
    [InlineData("12,345", 12345)]
    [InlineData("0.75", 0.75)]
    [InlineData("十", 10)]
    [InlineData("两百", 200)]
    [InlineData("一百零五", 105)]
    [InlineData("三万五千", 35000)]
    [InlineData("一亿二千万", 120000000)]
    [InlineData("负五", -5)]
    [InlineData("五个", 5)]
    [InlineData("二〇二四", 2024)]
    public void Reads_whole_numbers_in_any_common_script(string text, double expected)
    {
        Assert.True(NumberRecognizer.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,2")]
    [InlineData("12,34")]
    [InlineData("三三三三三三三三三三三三三三三三三三三")]
    [InlineData("十二三")]
    [InlineData("3条问题")]
    [InlineData("个")]
    public void Rejects_text_that_is_not_exactly_a_number(string text)
    {
        Assert.False(NumberRecognizer.TryParse(text, out _));
    }

    [Fact]
    public void Reading_numbers_does_not_depend_on_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.True(NumberRecognizer.TryParse("2.5", out var value));
            Assert.Equal(2.5m, value);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
