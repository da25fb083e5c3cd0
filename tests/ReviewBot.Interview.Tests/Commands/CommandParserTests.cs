using ReviewBot.Interview.Commands;

namespace ReviewBot.Interview.Tests.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("新建材料", CommandKind.NewDraft, null)]
    [InlineData(" 帮助 ", CommandKind.Help, null)]
    [InlineData("/help", CommandKind.Help, null)]
    [InlineData("ＨＥＬＰ", CommandKind.Help, null)]
    [InlineData("取消。", CommandKind.Cancel, null)]
    [InlineData("修改 2.1", CommandKind.Edit, "2.1")]
    [InlineData("修改2.1", CommandKind.Edit, "2.1")]
    [InlineData("删除 3", CommandKind.Delete, "3")]
    [InlineData("导出 问题", CommandKind.Export, "问题")]
    [InlineData("导出 第二方面", CommandKind.Export, "第二方面")]
    [InlineData("export", CommandKind.Export, null)]
    [InlineData("整改进展", CommandKind.Progress, null)]
    public void Commands_are_recognised_as_whole_messages(string text, CommandKind kind, string? argument)
    {
        var command = CommandParser.Parse(text);

        Assert.NotNull(command);
        Assert.Equal(kind, command.Kind);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("修改一下")]
    [InlineData("我想修改一下学习计划")]
    [InlineData("帮助群众解决了12348热线的问题")]
    [InlineData("继续加强学习")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("新建材料吧，今年的")]
    public void Answers_that_merely_contain_a_command_word_are_not_commands(string text)
    {
        Assert.Null(CommandParser.Parse(text));
    }
}
