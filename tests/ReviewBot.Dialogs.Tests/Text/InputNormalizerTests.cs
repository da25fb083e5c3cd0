using ReviewBot.Dialogs.Text;

namespace ReviewBot.Dialogs.Tests.Text;

public sealed class InputNormalizerTests
{
    [Theory]
    [InlineData("  修改  ", "修改")]
    [InlineData("ＯＫ", "ok")]
    [InlineData("Help!", "help")]
    [InlineData("好的。", "好的")]
    [InlineData("第　二　个", "第 二 个")]
    [InlineData("取\u200b消", "取消")]
    [InlineData(null, "")]
    public void Folds_width_case_spacing_and_trailing_punctuation(string? text, string expected)
    {
        Assert.Equal(expected, InputNormalizer.Normalize(text));
    }

    [Fact]
    public void Keeps_everything_else_so_matching_stays_exact()
    {
        Assert.Equal("修改一下", InputNormalizer.Normalize("修改一下"));
        Assert.Equal("取消?", InputNormalizer.Normalize("取消？"));
    }
}
