using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Interview.Tests.Rectification;

namespace ReviewBot.Interview.Tests.Dialogs;

/// <summary>The one-time line about the model: once per user, across conversations and restarts; never without a model.</summary>
public sealed class ModelDisclosureTests : IDisposable
{
    private const string Disclosure = "提示：本机器人用测试模型协助润色。涉密内容不得输入。";
    private readonly string _database = Path.Combine(Path.GetTempPath(), "reviewbot-disclosure-" + Guid.NewGuid().ToString("N") + ".db");

    private RectificationHarness Bot(PhraserInfo? info) =>
        new(_database, configure: info is null ? null : services => services.AddSingleton(info));

    private static async Task<string> NewDraftAsync(RectificationHarness bot, string user = "u1", string conversation = "c1")
    {
        var said = new List<string>();
        foreach (var text in new[] { "新建材料", "班子材料", "2023年度主题教育专题民主生活会", "某市司法局党组", "45", "30" })
        {
            said.Add(await bot.SayAsync(text, user, conversation));
        }
        return string.Join("\n", said);
    }

    private static int Count(string text, string fragment) =>
        (text.Length - text.Replace(fragment, string.Empty, StringComparison.Ordinal).Length) / fragment.Length;

    [Fact]
    public async Task With_a_model_the_disclosure_is_shown_once_when_drafting_starts_and_not_again_in_another_conversation()
    {
        await using var bot = Bot(PhraserInfo.ForModel(Disclosure));

        var first = await NewDraftAsync(bot);
        var second = await NewDraftAsync(bot, conversation: "c2");

        Assert.Equal(1, Count(first, Disclosure));
        Assert.True(first.IndexOf(Disclosure, StringComparison.Ordinal) < first.IndexOf("导语初稿", StringComparison.Ordinal), first);
        Assert.Equal(0, Count(second, Disclosure));
    }

    [Fact]
    public async Task Each_user_gets_the_disclosure_once()
    {
        await using var bot = Bot(PhraserInfo.ForModel(Disclosure));

        var mine = await NewDraftAsync(bot);
        var theirs = await NewDraftAsync(bot, user: "u2", conversation: "c9");

        Assert.Equal(1, Count(mine, Disclosure));
        Assert.Equal(1, Count(theirs, Disclosure));
    }

    [Fact]
    public async Task The_disclosure_is_remembered_across_a_restart_but_shown_again_when_the_model_changes()
    {
        await using (var before = Bot(PhraserInfo.ForModel(Disclosure)))
        {
            Assert.Equal(1, Count(await NewDraftAsync(before), Disclosure));
        }
        string again;
        await using (var after = Bot(PhraserInfo.ForModel(Disclosure)))
        {
            again = await NewDraftAsync(after);
        }
        const string Other = "提示：本机器人改用另一个模型协助润色。涉密内容不得输入。";
        await using var changed = Bot(PhraserInfo.ForModel(Other));
        var afterChange = await NewDraftAsync(changed);

        Assert.Equal(0, Count(again, Disclosure));
        Assert.Equal(1, Count(afterChange, Other));
    }

    [Fact]
    public async Task Without_a_model_nothing_is_disclosed()
    {
        await using var bot = Bot(null);

        var said = await NewDraftAsync(bot);

        Assert.Contains("导语初稿", said, StringComparison.Ordinal);
        Assert.DoesNotContain("涉密", said, StringComparison.Ordinal);
        Assert.DoesNotContain("润色", said, StringComparison.Ordinal);
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
