using ReviewBot.Dialogs.Dates;

namespace ReviewBot.Dialogs.Tests.Dates;

/// <summary>All resolved against Wednesday 2024-05-15.</summary>
public sealed class ChineseDateResolverTests
{
    private static readonly DateOnly Today = new(2024, 5, 15);

    [Theory]
    // Full dates
    [InlineData("2024年6月30日", "2024-06-30")]
    [InlineData("2024-06-30", "2024-06-30")]
    [InlineData("2024/6/30", "2024-06-30")]
    [InlineData("2024.6.30", "2024-06-30")]
    [InlineData("二〇二四年六月三十日", "2024-06-30")]
    [InlineData("2024年6月30日前", "2024-06-30")]
    [InlineData("截至2024年12月31日", "2024-12-31")]
    [InlineData("６月３０日", "2024-06-30")]
    // Month and day without a year: a passed date means next year
    [InlineData("6月30日", "2024-06-30")]
    [InlineData("6月30号之前完成", "2024-06-30")]
    [InlineData("5月15日", "2024-05-15")]
    [InlineData("3月1日", "2025-03-01")]
    [InlineData("今年3月1日", "2024-03-01")]
    // Parts of a month
    [InlineData("6月底", "2024-06-30")]
    [InlineData("6月末", "2024-06-30")]
    [InlineData("6月底前", "2024-06-30")]
    [InlineData("力争6月底前完成", "2024-06-30")]
    [InlineData("6月", "2024-06-30")]
    [InlineData("6月份", "2024-06-30")]
    [InlineData("6月中旬", "2024-06-20")]
    [InlineData("6月上旬", "2024-06-10")]
    [InlineData("6月初", "2024-06-10")]
    [InlineData("6月中", "2024-06-15")]
    [InlineData("6月下旬", "2024-06-30")]
    [InlineData("2月底", "2025-02-28")]
    [InlineData("2024年2月底", "2024-02-29")]
    [InlineData("明年3月", "2025-03-31")]
    [InlineData("明年3月15日", "2025-03-15")]
    [InlineData("十二月底", "2024-12-31")]
    // Years
    [InlineData("年底前", "2024-12-31")]
    [InlineData("年底", "2024-12-31")]
    [InlineData("年末", "2024-12-31")]
    [InlineData("年内", "2024-12-31")]
    [InlineData("今年底", "2024-12-31")]
    [InlineData("今年年底", "2024-12-31")]
    [InlineData("今年内", "2024-12-31")]
    [InlineData("本年度内", "2024-12-31")]
    [InlineData("明年底", "2025-12-31")]
    [InlineData("明年", "2025-12-31")]
    [InlineData("2025年底", "2025-12-31")]
    [InlineData("上半年", "2024-06-30")]
    [InlineData("下半年", "2024-12-31")]
    [InlineData("明年上半年", "2025-06-30")]
    // Relative months and days of this month
    [InlineData("下个月15号", "2024-06-15")]
    [InlineData("下月15日", "2024-06-15")]
    [InlineData("下月底", "2024-06-30")]
    [InlineData("下个月底", "2024-06-30")]
    [InlineData("下个月", "2024-06-30")]
    [InlineData("下下个月", "2024-07-31")]
    [InlineData("本月底", "2024-05-31")]
    [InlineData("月底前", "2024-05-31")]
    [InlineData("月底", "2024-05-31")]
    [InlineData("本月内", "2024-05-31")]
    [InlineData("20号", "2024-05-20")]
    [InlineData("10号前", "2024-06-10")]
    // Spans from today
    [InlineData("三个月内", "2024-08-15")]
    [InlineData("3个月内", "2024-08-15")]
    [InlineData("3个月以内完成", "2024-08-15")]
    [InlineData("半年内", "2024-11-15")]
    [InlineData("两周内", "2024-05-29")]
    [InlineData("半个月内", "2024-05-30")]
    [InlineData("一个半月内", "2024-06-30")]
    [InlineData("10天内", "2024-05-25")]
    [InlineData("一年内", "2025-05-15")]
    [InlineData("两个季度内", "2024-11-15")]
    // Quarters
    [InlineData("第三季度", "2024-09-30")]
    [InlineData("三季度末", "2024-09-30")]
    [InlineData("第3季度", "2024-09-30")]
    [InlineData("第一季度", "2025-03-31")]
    [InlineData("明年第一季度", "2025-03-31")]
    [InlineData("本季度", "2024-06-30")]
    [InlineData("下季度", "2024-09-30")]
    // Weeks and days
    [InlineData("本周", "2024-05-19")]
    [InlineData("本周内", "2024-05-19")]
    [InlineData("下周", "2024-05-26")]
    [InlineData("下周五", "2024-05-24")]
    [InlineData("周五前", "2024-05-17")]
    [InlineData("周一", "2024-05-20")]
    [InlineData("今天", "2024-05-15")]
    [InlineData("明天", "2024-05-16")]
    [InlineData("后天", "2024-05-17")]
    public void Deadline_expressions_resolve_to_dates(string text, string expected)
    {
        var resolution = ChineseDateResolver.Resolve(text, Today);

        Assert.NotNull(resolution);
        Assert.Equal(DateResolutionKind.Date, resolution.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), resolution.Date);
        Assert.Equal(text.Trim(), resolution.Text);
    }

    [Theory]
    [InlineData("立行立改", DateResolutionKind.Immediate)]
    [InlineData("立即整改", DateResolutionKind.Immediate)]
    [InlineData("马上", DateResolutionKind.Immediate)]
    [InlineData("立行立改、长期坚持", DateResolutionKind.Immediate)]
    [InlineData("长期坚持", DateResolutionKind.Ongoing)]
    [InlineData("长期", DateResolutionKind.Ongoing)]
    [InlineData("持续推进", DateResolutionKind.Ongoing)]
    [InlineData("常态化开展", DateResolutionKind.Ongoing)]
    public void Immediate_and_ongoing_are_kinds_without_a_date(string text, DateResolutionKind kind)
    {
        var resolution = ChineseDateResolver.Resolve(text, Today);

        Assert.NotNull(resolution);
        Assert.Equal(kind, resolution.Kind);
        Assert.Null(resolution.Date);
        Assert.Equal(text, resolution.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("2月30日")]
    [InlineData("2024年13月1日")]
    [InlineData("13月")]
    [InlineData("明白")]
    [InlineData("三个月")]
    [InlineData("底")]
    [InlineData("前")]
    [InlineData("6月30日左右")]
    [InlineData("第五季度")]
    [InlineData("下辈子")]
    public void Anything_else_is_not_a_deadline(string? text)
    {
        Assert.Null(ChineseDateResolver.Resolve(text, Today));
    }

    [Fact]
    public void The_users_words_are_kept_trimmed()
    {
        Assert.Equal("6月底前", ChineseDateResolver.Resolve("  6月底前 ", Today)!.Text);
    }
}
