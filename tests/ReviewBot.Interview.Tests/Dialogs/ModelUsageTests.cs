using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Interview.Tests.Rectification;

namespace ReviewBot.Interview.Tests.Dialogs;

/// <summary>Model usage is taken at the end of each turn, saved with the draft, and shown in 提纲.</summary>
public sealed class ModelUsageTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), "reviewbot-usage-" + Guid.NewGuid().ToString("N") + ".db");

    /// <summary>Pretends the model spent <see cref="Next"/> on whichever draft the turn asks about first.</summary>
    private sealed class FakeUsage : IPhrasingUsage
    {
        public ModelUsage? Next { get; set; }

        public bool HasPending => Next is not null;

        public ModelUsage? TakePending(string draftId)
        {
            var next = Next;
            Next = null;
            return next;
        }
    }

    private RectificationHarness Bot(FakeUsage usage, bool model = true) => new(_database, configure: services =>
    {
        services.AddSingleton<IPhrasingUsage>(usage);
        if (model)
        {
            services.AddSingleton(PhraserInfo.ForModel("提示：测试模型。涉密内容不得输入。"));
        }
    });

    private static async Task NewDraftAsync(RectificationHarness bot)
    {
        foreach (var text in new[] { "新建材料", "班子材料", "2023年度主题教育专题民主生活会", "某市司法局党组" })
        {
            await bot.SayAsync(text);
        }
    }

    [Fact]
    public async Task Usage_taken_at_the_end_of_a_turn_shows_in_the_outline_and_survives_a_restart()
    {
        var usage = new FakeUsage();
        await using (var bot = Bot(usage))
        {
            await NewDraftAsync(bot);
            usage.Next = new ModelUsage(2, 1, 0, 1000, 234);
            await bot.SayAsync("45");
            Assert.Contains("模型用量：2 次调用，1,234 tokens（缓存命中 1 次，内置兜底 0 次）", await bot.SayAsync("提纲"), StringComparison.Ordinal);
        }

        await using var restarted = Bot(new FakeUsage());
        var outline = await restarted.SayAsync("提纲");

        Assert.Contains("模型用量：2 次调用，1,234 tokens", outline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_model_and_no_usage_yet_the_outline_shows_zero()
    {
        await using var bot = Bot(new FakeUsage());
        await NewDraftAsync(bot);

        Assert.Contains("模型用量：0 次调用，0 tokens", await bot.SayAsync("提纲"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_model_the_outline_has_no_usage_line()
    {
        await using var bot = Bot(new FakeUsage(), model: false);
        await NewDraftAsync(bot);

        var outline = await bot.SayAsync("提纲");

        Assert.Contains("提纲", outline, StringComparison.Ordinal);
        Assert.DoesNotContain("模型用量", outline, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_database) + "*"))
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A leftover temp file is harmless.
            }
        }
    }
}
