using System.Globalization;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Delivery;

/// <summary>What the bot says while handing over files (Chinese, markdown).</summary>
internal static class FileMessages
{
    public const string EmptyFile = "这份文件没有内容，所以没有发送。请重新导出一次；如果仍然如此，请联系管理员。";

    public const string Uploaded = "文件已保存到您的 OneDrive，点击下面的文件卡片即可打开。";

    public const string Declined = "好的，这份文件没有保存。需要时可以再发送“导出”重新生成。";

    public const string UnknownOffer = "没有找到这份文件，可能已经过期或已经处理过了。请重新发送“导出”生成文件。";

    public static string TooLarge(long size, long max) =>
        $"文件太大（{Size(size)}），超过了 {Size(max)} 的上限，所以没有发送。可以分部分导出，例如“导出 问题”。";

    public static string ConsentOffer(string name, long size) =>
        $"“{name}”已生成（{Size(size)}）。请在下面的卡片中选择是否允许；允许后，文件会保存到您的 OneDrive 并显示在这里。";

    public static string LinkReady(string markdownLink, TimeSpan lifetime) =>
        $"文件已生成，点击下载：{markdownLink}\n\n链接在 {Duration(lifetime)}内有效，请勿转发。";

    public static string UploadFailed(string markdownLink, TimeSpan lifetime) =>
        $"抱歉，文件没能保存到您的 OneDrive。请改用这个链接下载：{markdownLink}\n\n链接在 {Duration(lifetime)}内有效，请勿转发。";

    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Markdown };

    internal static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} 字节",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };

    internal static string Duration(TimeSpan span)
    {
        if (span.TotalDays >= 1 && span.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return $"{span.Days:0} 天";
        }
        if (span.TotalHours >= 1 && span.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return $"{(long)span.TotalHours:0} 小时";
        }
        return $"{Math.Ceiling(span.TotalMinutes):0} 分钟";
    }
}
