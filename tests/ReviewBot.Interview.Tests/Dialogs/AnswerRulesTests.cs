using ReviewBot.Interview.Dialogs;

namespace ReviewBot.Interview.Tests.Dialogs;

public sealed class AnswerRulesTests
{
    [Theory]
    [InlineData("班子学习不够，2023年只开了4次中心组学习")]
    [InlineData("12348热线接通率85%")]
    [InlineData("对“枫桥经验”的研究不深，PPT 做得多")]
    [InlineData("2")]
    public void Chinese_answers_with_facts_are_accepted(string text)
    {
        Assert.Null(AnswerRules.Problem(text));
    }

    [Theory]
    [InlineData(null, "没有收到文字内容")]
    [InlineData("", "没有收到文字内容")]
    [InlineData(" \n ", "没有收到文字内容")]
    [InlineData("。。。", "标点或表情")]
    [InlineData("！？…", "标点或表情")]
    [InlineData("👍😀", "标点或表情")]
    [InlineData("采用", "按钮")]
    [InlineData("班子材料", "按钮")]
    [InlineData("下一个方面", "按钮")]
    [InlineData("We did not study enough", "中文")]
    [InlineData("ok thanks", "中文")]
    public void Unusable_answers_are_explained_in_chinese(string? text, string explanation)
    {
        var problem = AnswerRules.Problem(text);

        Assert.NotNull(problem);
        Assert.Contains(explanation, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limit_is_stated_with_the_length_received()
    {
        var text = new string('学', AnswerRules.MaxAnswerLength + 1);

        var problem = AnswerRules.Problem(text);

        Assert.NotNull(problem);
        Assert.Contains($"{AnswerRules.MaxAnswerLength + 1} 个字", problem, StringComparison.Ordinal);
        Assert.Contains($"{AnswerRules.MaxAnswerLength} 字的上限", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_exactly_at_the_limit_is_accepted()
    {
        Assert.Null(AnswerRules.Problem(new string('学', AnswerRules.MaxAnswerLength)));
    }

    [Fact]
    public void A_smaller_limit_can_be_asked_for()
    {
        Assert.NotNull(AnswerRules.Problem("某市司法局党组", maxLength: 3));
    }
}
