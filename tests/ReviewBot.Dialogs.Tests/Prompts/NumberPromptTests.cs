using ReviewBot.Dialogs.Prompts;
using ReviewBot.Dialogs.Tests.Support;

namespace ReviewBot.Dialogs.Tests.Prompts;

public sealed class NumberPromptTests
{
    [Theory]
    [InlineData("3", "3")]
    [InlineData("３", "3")]
    [InlineData("三", "3")]
    [InlineData("十二", "12")]
    [InlineData("二十五", "25")]
    [InlineData("3条", "3")]
    [InlineData("1,000", "1000")]
    [InlineData("2.5", "2.5")]
    public async Task Arabic_full_width_and_chinese_numbers_are_read(string answer, string expected)
    {
        var client = await PromptHarness.AskedAsync(new NumberPrompt("number"), PromptOptions.Create("几条？"));

        Assert.Equal($"结果：{expected}", (await client.SendAsync(answer)).Text);
    }

    [Fact]
    public async Task Words_that_merely_contain_a_number_are_not_numbers()
    {
        var client = await PromptHarness.AskedAsync(new NumberPrompt("number"), PromptOptions.Create("几条？"));

        Assert.Equal("几条？", (await client.SendAsync("大概3条吧")).Text);
    }
}
