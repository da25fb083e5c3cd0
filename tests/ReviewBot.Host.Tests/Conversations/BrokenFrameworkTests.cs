using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Builder.Turns;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Conversations;

/// <summary>A framework folder with an error stops the host at start-up with a message naming the file.</summary>
public sealed class BrokenFrameworkTests : IDisposable
{
    private const string File2024 = "2024-niandu-minzhu-shenghuohui.json";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reviewbot-dialogs-" + Guid.NewGuid().ToString("N"));

    public BrokenFrameworkTests()
    {
        var source = RepositoryDialogs();
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("missing aspects")]
    public async Task The_host_refuses_to_start_and_names_the_broken_file(string damage)
    {
        var path = Path.Combine(_root, "frameworks", File2024);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, damage == "not json" ? text[..(text.Length / 2)] : text.Replace("\"aspects\"", "\"aspectz\"", StringComparison.Ordinal));

        var error = await Record.ExceptionAsync(async () =>
        {
            await using var app = BotHost.BuildApp(new Dictionary<string, string?>
            {
                ["Interview:DialogsPath"] = _root,
                ["Storage:SqlitePath"] = Path.Combine(_root, "bot.db"),
            }, builder => builder.Services.AddSingleton<IChannelSender>(new RecordingChannelSender()));
            await app.StartAsync();
            await app.StopAsync();
        });

        Assert.NotNull(error);
        var messages = string.Join("\n", Chain(error).Select(e => e.Message));
        Assert.Contains(File2024, messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unbroken_copy_starts()
    {
        await using var host = await ChatHost.StartAsync(settings: new Dictionary<string, string?> { ["Interview:DialogsPath"] = _root });
        var chat = Conversation.Personal(host);
        Assert.True((await chat.SayAsync("新建材料")).Has("这份材料是为谁写的"), chat.Transcript);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string RepositoryDialogs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dialogs");
            if (Directory.Exists(Path.Combine(candidate, "frameworks")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("The repository's dialogs/ folder was not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
