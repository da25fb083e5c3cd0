using System.Text;
using ReviewBot.Dialogs.Prompts;

namespace ReviewBot.Interview.Dialogs;

/// <summary>What a free-text answer must look like, with the Chinese message explaining any refusal.</summary>
public static class AnswerRules
{
    public const int MaxAnswerLength = 2000;

    /// <summary>Button words of this bot: seen as a free-text answer, they come from an old card clicked again.</summary>
    private static readonly HashSet<string> ButtonWords = new(StringComparer.Ordinal)
    {
        "采用", "修改", "换个说法", "再加一条", "下一个方面", "全部采用", "挑选", "自己写", "下一步", "是", "否",
        "班子", "个人", "党员",
        // The titles exactly as the buttons show them (suggested actions post the title).
        "班子材料", "个人材料", "党员材料", "自定义方面", "更简洁", "更具体", "不要这条", "进入原因分析", "进入整改措施",
        "再写一条", "切换到它", "重命名",
    };

    /// <summary>Null when the answer is usable; otherwise what to tell the user.</summary>
    public static string? Problem(string? text, int maxLength = MaxAnswerLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "没有收到文字内容。请直接输入您的回答。";
        }
        var trimmed = text.Trim();
        if (!trimmed.Any(char.IsLetterOrDigit))
        {
            return "只收到了标点或表情。请用文字描述一下。";
        }
        if (trimmed.Length > maxLength)
        {
            return $"这段内容有 {trimmed.Length} 个字，超过了单条 {maxLength} 字的上限。请分成几条发送，或精简后再发。";
        }
        if (ButtonWords.Contains(trimmed))
        {
            return "“" + trimmed + "”看起来是之前某张卡片上的按钮，当前这一步需要您输入文字内容。";
        }
        if (IsMostlyLatin(trimmed))
        {
            return "材料需要用中文撰写。请用中文再说一遍（英文缩写和专有名词可以保留）。";
        }
        return null;
    }

    /// <summary>A text-prompt validator applying <see cref="Problem"/>; it replies itself, so no retry prompt follows.</summary>
    public static PromptValidator<string> Validator(int maxLength = MaxAnswerLength, params string[] alsoAllowed) => async (context, cancellationToken) =>
    {
        var text = context.Recognized.Value;
        if (text is not null && (alsoAllowed.Contains(text.Trim()) || Commands.CommandParser.Parse(text) is not null))
        {
            return true;
        }
        if (Problem(text, maxLength) is { } message)
        {
            await context.Context.SendActivityAsync(new Protocol.Schema.Activity { Type = "message", Text = message }, cancellationToken).ConfigureAwait(false);
            return false;
        }
        return true;
    };

    private static bool IsMostlyLatin(string text)
    {
        var han = 0;
        var latin = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF)
            {
                han++;
            }
            else if (Rune.IsLetter(rune) && rune.Value < 0x250)
            {
                latin++;
            }
        }
        return han == 0 && latin >= 3 || latin > han * 3 && latin > 12;
    }
}
