using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Interview.Rectification;
using ReviewBot.Storage.Tests.Support;
using static ReviewBot.Interview.Tests.Rectification.RectificationHarness;

namespace ReviewBot.Interview.Tests.Rectification;

/// <summary>The ledger and the reminder claims on a real PostgreSQL server, with two bot instances sharing it.</summary>
public sealed class PostgresLedgerTests
{
    [SkippableFact]
    public async Task Two_instances_on_postgres_share_the_ledger_and_send_each_reminder_once()
    {
        Skip.If(PostgresBinaries.MissingReason is not null, PostgresBinaries.MissingReason);
        await using var server = await PostgresServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:PostgresConnectionString"] = await server.CreateDatabaseAsync(),
        };
        await using var first = new RectificationHarness(settings: settings);
        await using var second = new RectificationHarness(settings: settings);
        await first.SaveDraftAsync(Draft("d1", "班子材料", ("重订学习计划", "张三", Due(2025, 3, 15)), ("建立联席会议制度", "李四", Due(2025, 3, 1))), Message("x"));
        await first.SayAsync("整改进展");

        Assert.Contains("已记录 3.1 的进展", await second.SayAsync("进展 3.1 已起草"), StringComparison.Ordinal);
        Assert.Contains("共 2 项，已完成 0 项，完成率 0.0%，逾期 1 项", await second.SayAsync("整改进展"), StringComparison.Ordinal);
        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? first : second).Services.GetRequiredService<ReminderRunner>().RunOnceAsync((i % 2 == 0 ? first : second).Adapter, default)));

        Assert.Equal(2, runs.Sum()); // 3.1 due soon + 3.2 overdue, each once
        Assert.Contains("整改中", await first.SayAsync("记录 3.1"), StringComparison.Ordinal);
    }
}
