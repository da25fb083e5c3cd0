using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Rectification;
using static ReviewBot.Interview.Tests.Rectification.RectificationHarness;

namespace ReviewBot.Interview.Tests.Rectification;

/// <summary>Clock starts 2025-03-10 10:00 Beijing; RemindHour 9; RemindDaysBefore 7.</summary>
public sealed class ReminderTests
{
    private static readonly Draft Plan = Draft("d1", "2024年度班子材料",
        ("重订年度学习计划", "张三", Due(2025, 3, 15)),
        ("建立联席会议制度", "李四", Due(2025, 4, 30)));

    private static async Task<RectificationHarness> StartAsync(string? path = null)
    {
        var bot = new RectificationHarness(path);
        await bot.SaveDraftAsync(Plan, Message("x"));
        await bot.SayAsync("整改进展"); // syncs the ledger and stores the conversation
        return bot;
    }

    private static Task<int> RunAsync(RectificationHarness bot) => bot.Services.GetRequiredService<ReminderRunner>().RunOnceAsync(bot.Adapter, default);

    private static List<string> Reminders(RectificationHarness bot) =>
        bot.Sender.Sent.Where(a => a.Text?.StartsWith("**整改提醒**", StringComparison.Ordinal) == true).Select(a => a.Text!).ToList();

    [Fact]
    public async Task Due_soon_reminder_goes_to_the_original_conversation_once()
    {
        await using var bot = await StartAsync();

        Assert.Equal(1, await RunAsync(bot));
        Assert.Equal(0, await RunAsync(bot));

        var reminder = Assert.Single(Reminders(bot));
        Assert.Contains("3.1 重订年度学习计划", reminder, StringComparison.Ordinal);
        Assert.Contains("还有 5 天到期", reminder, StringComparison.Ordinal);
        Assert.DoesNotContain("联席会议", reminder, StringComparison.Ordinal);
        Assert.Equal("c1", bot.Sender.Sent[^1].Conversation?.Id);
    }

    [Fact]
    public async Task Overdue_reminds_again_once_and_done_measures_are_not_reminded()
    {
        await using var bot = await StartAsync();
        await RunAsync(bot);

        bot.Clock.Advance(TimeSpan.FromDays(6)); // 3-16: 3.1 overdue
        Assert.Equal(1, await RunAsync(bot));
        Assert.Contains("已逾期 1 天", Reminders(bot)[^1], StringComparison.Ordinal);
        Assert.Equal(0, await RunAsync(bot));

        await bot.SayAsync("完成 3.2");
        bot.Clock.Advance(TimeSpan.FromDays(40)); // 4-25: 3.2 would be due soon but is done
        Assert.Equal(0, await RunAsync(bot));
        Assert.Equal(2, Reminders(bot).Count);
    }

    [Fact]
    public async Task Nothing_before_the_reminder_hour()
    {
        await using var bot = await StartAsync();
        bot.Clock.Advance(TimeSpan.FromHours(20)); // 3-11 06:00 Beijing

        Assert.Equal(0, await RunAsync(bot));
        bot.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(1, await RunAsync(bot));
    }

    [Fact]
    public async Task No_reminders_after_turning_them_off_until_turned_on()
    {
        await using var bot = await StartAsync();
        Assert.Contains("已关闭整改提醒", await bot.SayAsync("关闭提醒"), StringComparison.Ordinal);

        Assert.Equal(0, await RunAsync(bot));
        await bot.SayAsync("开启提醒");
        Assert.Equal(1, await RunAsync(bot));
    }

    [Fact]
    public async Task Extending_the_deadline_arms_a_new_reminder_for_the_new_date()
    {
        await using var bot = await StartAsync();
        await RunAsync(bot);
        Assert.Contains("请说明延期理由", await bot.SayAsync("延期 3.1 到3月20日"), StringComparison.Ordinal);
        Assert.Contains("延期至2025年3月20日前", await bot.SayAsync("等待上级文件"), StringComparison.Ordinal);

        Assert.Equal(0, await RunAsync(bot)); // 3-20 is more than 7 days away

        bot.Clock.Advance(TimeSpan.FromDays(5)); // 3-15: the old due date passes without an overdue reminder; the new one is near
        Assert.Equal(1, await RunAsync(bot));
        Assert.Contains("还有 5 天到期", Reminders(bot)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_instances_over_one_database_send_each_reminder_once_and_it_survives_a_restart()
    {
        var path = Path.Combine(Path.GetTempPath(), "reviewbot-rect-" + Guid.NewGuid().ToString("N") + ".db");
        await using (var first = await StartAsync(path))
        {
            await using var second = new RectificationHarness(path);
            var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => RunAsync(i % 2 == 0 ? first : second)));

            Assert.Equal(1, counts.Sum());
            Assert.Single(Reminders(first).Concat(Reminders(second)));
        }
        await using var restarted = new RectificationHarness(path);
        Assert.Equal(0, await RunAsync(restarted));
    }

    [Fact]
    public async Task Reminder_service_sends_on_its_interval_with_the_fake_clock()
    {
        await using var bot = await StartAsync();
        var runner = bot.Services.GetRequiredService<ReminderRunner>();
        using var service = new RectificationReminderService(runner, new AdapterOnly(bot.Adapter),
            Microsoft.Extensions.Options.Options.Create(new RectificationOptions { CheckInterval = TimeSpan.FromMinutes(5) }), bot.Clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<RectificationReminderService>.Instance);

        await service.StartAsync(default);
        for (var i = 0; i < 100 && Reminders(bot).Count == 0; i++)
        {
            await Task.Delay(20);
        }
        await service.StopAsync(default);

        Assert.Single(Reminders(bot));
    }

    private sealed class AdapterOnly(Builder.Turns.BotAdapter adapter) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(Builder.Turns.BotAdapter) ? adapter : null;
    }
}
