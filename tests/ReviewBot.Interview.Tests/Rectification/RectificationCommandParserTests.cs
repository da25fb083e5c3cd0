using ReviewBot.Interview.Commands;

namespace ReviewBot.Interview.Tests.Rectification;

public sealed class RectificationCommandParserTests
{
    [Theory]
    [InlineData("完成 3.2", CommandKind.MeasureDone, "3.2")]
    [InlineData("完成3.2", CommandKind.MeasureDone, "3.2")]
    [InlineData("进展 3.2 已召开联席会议", CommandKind.MeasureProgress, "3.2 已召开联席会议")]
    [InlineData("延期 3.2 到9月底", CommandKind.MeasureExtend, "3.2 到9月底")]
    [InlineData("记录 3.2", CommandKind.MeasureLog, "3.2")]
    [InlineData("整改进展 逾期", CommandKind.Progress, "逾期")]
    [InlineData("关闭提醒", CommandKind.RemindersOff, null)]
    [InlineData("开启提醒", CommandKind.RemindersOn, null)]
    [InlineData("整改报告", CommandKind.ProgressReport, null)]
    [InlineData("导入", CommandKind.Import, null)]
    public void Rectification_commands_are_recognised(string text, CommandKind kind, string? argument)
    {
        var command = CommandParser.Parse(text);
        Assert.Equal(new Command(kind, argument), command);
    }

    [Theory]
    [InlineData("完成")]
    [InlineData("done")]
    public void Finish_alone_still_finishes_the_interview(string text) => Assert.Equal(CommandKind.Finish, CommandParser.Parse(text)?.Kind);

    [Theory]
    [InlineData("记录 一下会议情况")]
    [InlineData("进展 比较顺利")]
    [InlineData("完成 了学习计划")]
    public void Words_followed_by_prose_stay_answers(string text) => Assert.Null(CommandParser.Parse(text));
}
