using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Interview.Dialogs.Views;

/// <summary>The main menu: a message with the main commands as buttons (rendered per channel like a choice prompt).</summary>
public static class MainMenu
{
    public static readonly string[] Commands = ["新建材料", "继续", "我的材料", "预览", "导出", "整改进展", "帮助"];

    public const string Welcome =
        "您好，我是 ReviewBot，对照检查材料助手。\n\n我会按年度框架逐个方面问您具体情况，把您说的事实整理成规范表述（一是……如，……），" +
        "再帮您梳理原因分析和整改措施，最后给出全文预览和 Word 文件。我不会编造任何事实：您没提供的数字、人名、事例会标成【待补】。\n\n" +
        "每一步都会自动保存，随时可以发送“帮助”“取消”“暂停”。";

    public const string Help =
        "**可用命令**\n\n" +
        "· 新建材料：开始写一份新的对照检查材料\n· 继续：回到上次停下的地方\n· 我的材料：查看、切换、重命名或删除材料\n" +
        "· 预览：查看全文；提纲：查看编号和缺项\n· 修改 编号 / 删除 编号：调整某一条（如 修改 1.2.1、删除 3.2）\n" +
        "· 用润色版 编号 / 不用润色版 编号：模型的润色版晚到时，换上它或保留原文（如 用润色版 1.2.1）\n" +
        "· 导出：生成 Word 文件（导出 问题 / 原因 / 措施 / 第二方面 / 整改清单）\n· 体检：检查待补项、缺事例、缺措施、空话套话和常见用词错误\n" +
        "· 整改进展：查看待办的整改措施（完成 3.2、进展 3.2 …、延期 3.2 到9月底、整改报告、导入上年度材料）\n" +
        "· 访谈中：跳过、上一步、下一个方面、暂停、完成\n· 取消：回到主菜单（已写内容不会丢）";

    public static Task SendAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var choices = Commands.Select(c => new Choice(c)).ToList();
        // The console numbers suggested actions itself and maps a typed number back to the command.
        var style = turnContext.Activity.ChannelId == Channels.Console ? ListStyle.SuggestedAction : ListStyle.Auto;
        var message = ChoiceRenderer.Render(new Activity { Type = ActivityTypes.Message, Text = text }, choices, style, turnContext.Activity);
        return turnContext.SendActivityAsync(message, cancellationToken);
    }
}
