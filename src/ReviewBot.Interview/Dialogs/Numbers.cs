using ReviewBot.Dialogs.Text;

namespace ReviewBot.Interview.Dialogs;

/// <summary>Reads a count the user typed (45, ４５, 四十五, 45条); null for 跳过 or anything else.</summary>
public static class Numbers
{
    public static int? TryRead(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var trimmed = text.Trim().TrimEnd('条', '次', '人', '个', '余', '多', '。');
        return NumberRecognizer.TryParse(trimmed, out var value) && value is >= 0 and <= 100000 ? (int)value : null;
    }
}
