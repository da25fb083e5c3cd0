using ReviewBot.Drafts.Composition;

namespace ReviewBot.Drafts.Tests.Composition;

public sealed class ChinesePunctuationTests
{
    [Theory]
    [InlineData("学习不够,讨论不够.", "学习不够，讨论不够。")]
    [InlineData("问题有三:一是学习;二是作风!", "问题有三：一是学习；二是作风！")]
    [InlineData("你觉得呢?", "你觉得呢？")]
    [InlineData("满意率41.7%(去年是45.2%)", "满意率41.7%（去年是45.2%）")]
    [InlineData("9:30开会，开到11:00", "9:30开会，开到11:00")]
    [InlineData("投入1,000万元", "投入1,000万元")]
    [InlineData("热线12348.", "热线12348。")]
    [InlineData("搞了个\"办事不求人\"行动", "搞了个“办事不求人”行动")]
    [InlineData("学了 4 次 ， 效果一般", "学了4次，效果一般")]
    [InlineData("使用 OA system 办公", "使用OA system办公")]
    [InlineData("学习不够。。讨论不够，。", "学习不够。讨论不够。")]
    [InlineData("如下：。", "如下。")]
    [InlineData("等等...", "等等……")]
    [InlineData("得分４１分", "得分41分")]
    [InlineData("1.学习\n2.作风", "1.学习\n2.作风")]
    public void Ascii_marks_in_chinese_become_full_width_and_numbers_stay(string input, string expected)
    {
        Assert.Equal(expected, ChinesePunctuation.Normalize(input));
    }

    [Theory]
    [InlineData("学习不够", "学习不够。")]
    [InlineData("学习不够，", "学习不够。")]
    [InlineData("学习不够。", "学习不够。")]
    [InlineData("他说“学完了。”", "他说“学完了。”")]
    [InlineData("", "")]
    public void A_sentence_ends_with_exactly_one_mark(string input, string expected)
    {
        Assert.Equal(expected, ChinesePunctuation.EnsureSentenceEnd(input));
    }

    [Fact]
    public void English_text_is_left_alone()
    {
        Assert.Equal("Hello, world. Fine?", ChinesePunctuation.Normalize("Hello, world. Fine?"));
    }
}
