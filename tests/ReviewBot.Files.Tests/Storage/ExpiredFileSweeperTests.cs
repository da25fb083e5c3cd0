using ReviewBot.Files.Storage;
using ReviewBot.Files.Tests.Support;

namespace ReviewBot.Files.Tests.Storage;

public sealed class ExpiredFileSweeperTests
{
    [Fact]
    public async Task Running_host_deletes_expired_links_on_its_own()
    {
        await using var bot = await FilesBotHost.StartAsync(withAppId: false, settings: new Dictionary<string, string?> { ["Files:SweepInterval"] = "00:05:00" });
        var token = Cards.Link(await bot.ExportAsync(TestActivities.Export())).Url.AbsolutePath.Split('/')[3];
        var key = StorageDownloadStore.Key(token);
        Assert.NotEmpty(await bot.Storage.ReadAsync([key], CancellationToken.None));

        for (var i = 0; i < 30; i++)
        {
            bot.Time.Advance(TimeSpan.FromMinutes(5));
        }

        // The sweep runs on the host's timer; give it a moment of real time to finish after the last tick.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await bot.Storage.ReadAsync([key], CancellationToken.None)).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.Empty(await bot.Storage.ReadAsync([key], CancellationToken.None));
    }
}
