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
    [InlineData("用润色版 1.2.1", CommandKind.UsePolished, "1.2.1")]
    [InlineData("用润色版1.2.1", CommandKind.UsePolished, "1.2.1")]
    [InlineData("用润色版", CommandKind.UsePolished, null)]
    [InlineData("不用润色版 问题2.1", CommandKind.DismissPolished, "问题2.1")]
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
    [InlineData("用润色版 写一下这一条")]
    public void Answers_that_merely_contain_a_command_word_are_not_commands(string text)
    {
        Assert.Null(CommandParser.Parse(text));
    }

    [Theory]
    [InlineData("跳过", CommandKind.Skip)]
    [InlineData("上一步", CommandKind.Back)]
    [InlineData("返回", CommandKind.Back)]
    [InlineData("下一个方面", CommandKind.NextAspect)]
    [InlineData("暂停", CommandKind.Pause)]
    [InlineData("完成", CommandKind.Finish)]
    [InlineData("继续", CommandKind.Continue)]
    [InlineData("我的材料", CommandKind.MyDrafts)]
    [InlineData("提纲", CommandKind.Outline)]
    [InlineData("菜单", CommandKind.Cancel)]
    [InlineData("Skip", CommandKind.Skip)]
    [InlineData("BACK", CommandKind.Back)]
    [InlineData("next", CommandKind.NextAspect)]
    [InlineData("drafts", CommandKind.MyDrafts)]
    [InlineData("/preview", CommandKind.Preview)]
    [InlineData("？", CommandKind.Help)]
    [InlineData("预览！", CommandKind.Preview)]
    [InlineData("\u3000取消\u3000", CommandKind.Cancel)]
    public void Interview_commands_and_english_aliases_are_recognised(string text, CommandKind kind)
    {
        Assert.Equal(kind, CommandParser.Parse(text)?.Kind);
    }

    [Theory]
    [InlineData("修改 1.2.1", "1.2.1")]
    [InlineData("修改1.2.1", "1.2.1")]
    [InlineData("修改　2.1", "2.1")]
    [InlineData("删除 问题2.1", "问题2.1")]
    [InlineData("edit 3.1", "3.1")]
    [InlineData("/delete 0", "0")]
    public void Edit_and_delete_carry_the_item_number(string text, string argument)
    {
        var command = CommandParser.Parse(text);

        Assert.NotNull(command);
        Assert.True(command.Kind is CommandKind.Edit or CommandKind.Delete);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("跳过 这一条")]
    [InlineData("继续 2.1")]
    [InlineData("帮助 我")]
    [InlineData("/打印")]
    [InlineData("hello")]
    public void Commands_that_take_no_argument_are_not_recognised_with_one_nor_unknown_words(string text)
    {
        Assert.Null(CommandParser.Parse(text));
    }

    [Fact]
    public void A_bare_edit_has_no_argument()
    {
        Assert.Equal(new Command(CommandKind.Edit), CommandParser.Parse("修改"));
    }
}
