using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Turns;
using ReviewBot.ConsoleChat;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.ConsoleChat.Tests;

/// <summary>The console channel end to end: scripted stdin lines through the real bot and a real SQLite file.</summary>
public sealed class ConsoleChatTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reviewbot-console-").FullName;

    private async Task<string> RunAsync(params string[] lines)
    {
        var output = new StringWriter();
        var renderer = new ConsoleRenderer(output, Path.Combine(_folder, "files"));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = Path.Combine(_folder, "state.db"),
            ["Interview:DialogsPath"] = RepoDialogs(),
        });
        builder.Services.AddConsoleChat(builder.Configuration, renderer, Path.Combine(_folder, "files"));
        using var host = builder.Build();
        await host.StartAsync();
        var conversation = new ConsoleConversation(host.Services.GetRequiredService<BotAdapter>(), renderer,
            new StringReader(string.Join('\n', lines)), "tester");
        await conversation.RunAsync(CancellationToken.None);
        await host.StopAsync();
        return output.ToString();
    }

    private static string RepoDialogs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "dialogs", "frameworks")))
            {
                return Path.Combine(dir.FullName, "dialogs");
            }
        }
        throw new DirectoryNotFoundException("dialogs/ not found above the test binaries");
    }

    [Fact]
    public async Task Buttons_are_numbered_and_typing_the_number_picks_the_button()
    {
        var output = await RunAsync("1", "1");

        Assert.Contains("1. 新建材料", output, StringComparison.Ordinal);
        Assert.Contains("材料类型", output, StringComparison.Ordinal);
        Assert.Contains("按哪个年度框架来写", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_answers_the_latest_list_not_the_menu_shown_before_it()
    {
        // The menu comes as buttons; the type question lists its choices in its own text. "1" must pick 班子材料 there,
        // not 新建材料 from the menu again, and "3" the third framework.
        var output = await RunAsync("新建材料", "1", "3");

        Assert.Equal(1, Occurrences(output, "这份材料是为谁写的"));
        Assert.Contains("按哪个年度框架来写", output, StringComparison.Ordinal);
        Assert.Contains("按“2023年度主题教育专题民主生活会”来写", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buttons_of_an_earlier_message_are_forgotten_when_a_later_one_has_none()
    {
        var renderer = new ConsoleRenderer(TextWriter.Null, _folder);
        await renderer.RenderAsync(Message("菜单", "新建材料", "继续"), CancellationToken.None);
        Assert.Equal("继续", renderer.ResolveInput("2"));

        await renderer.RenderAsync(Message("这份材料是为谁写的？\n1. 班子材料\n2. 个人材料"), CancellationToken.None);

        Assert.Empty(renderer.LastChoices);
        Assert.Equal("2", renderer.ResolveInput("2"));
    }

    private static Activity Message(string text, params string[] buttons) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        SuggestedActions = buttons.Length == 0 ? null : new SuggestedActions
        {
            Actions = [.. buttons.Select(CardAction.ImBack)],
        },
    };

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    [Fact]
    public async Task A_later_run_over_the_same_file_continues_at_the_same_question_with_the_pending_answer()
    {
        await RunAsync("新建材料", "班子材料", "2023年度主题教育专题民主生活会", "某市司法局党组", "跳过", "跳过", "采用",
            "中心组全年只学了4次，比如学枫桥经验时只念了文件");
        var second = await RunAsync("继续");

        Assert.Contains("我们接着上次的问题", second, StringComparison.Ordinal);
        Assert.Contains("4次", second, StringComparison.Ordinal);
        Assert.Contains("枫桥经验", second, StringComparison.Ordinal);
        Assert.Contains("1. 采用", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_saves_a_Word_file_and_prints_its_path()
    {
        var output = await RunAsync("新建材料", "班子材料", "2023年度主题教育专题民主生活会", "某市司法局党组", "45", "30", "采用",
            "中心组全年只学了4次，比如学枫桥经验时只念了文件", "采用", "取消", "导出", "是");

        var saved = Directory.GetFiles(Path.Combine(_folder, "files"), "*.docx");
        Assert.Single(saved);
        Assert.Contains(saved[0], output, StringComparison.Ordinal);
        Assert.True(new FileInfo(saved[0]).Length > 2000);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
