using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Turns;
using ReviewBot.ConsoleChat;

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
        Assert.Contains("年度框架", output, StringComparison.Ordinal);
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
