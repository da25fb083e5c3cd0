using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReviewBot.TestSupport;
using Xunit.Abstractions;

namespace ReviewBot.Host.Tests.Conversations;

/// <summary>
/// The whole interview in LLM mode through the real endpoint, with the loopback model stub as the model (OpenAI-compatible
/// and Azure OpenAI): the model's phrasing reaches the draft and the Word file, every fact is kept, the disclosure is shown
/// exactly once, 提纲 shows the usage (also after a restart), 体检 adds 模型建议. And with a model failing everywhere the
/// same script still completes, with the built-in phrasing and a notice at each step.
/// </summary>
public sealed partial class LlmInterviewTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Disclosure = "涉密内容不得输入";
    private static readonly string[] Markers =
        [InterviewModel.ProblemMarker, InterviewModel.CauseMarker, InterviewModel.MeasureMarker, InterviewModel.PreambleMarker];

    private readonly InterviewModel _model = new();
    private ModelStub _stub = null!;

    public async Task InitializeAsync()
    {
        _stub = await ModelStub.StartAsync();
        _stub.Responder = _model.Reply;
    }

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private Dictionary<string, string?> Settings(string provider)
    {
        var settings = new Dictionary<string, string?>
        {
            ["LLM:Provider"] = provider,
            ["LLM:ApiKey"] = "stub-key",
            ["LLM:MaxRetries"] = "0",
            // The turn waits for the stub's answer, so every step is deterministic.
            ["LLM:SoftDeadlineSeconds"] = "0",
            ["LLM:TimeoutSeconds"] = "20",
        };
        if (provider == "AzureOpenAI")
        {
            settings["LLM:Endpoint"] = _stub.BaseAddress.ToString();
            settings["LLM:Deployment"] = "gpt-stub";
        }
        else
        {
            settings["LLM:BaseUrl"] = new Uri(_stub.BaseAddress, "v1").ToString();
            settings["LLM:Model"] = "qwen-stub";
        }
        return settings;
    }

    /// <summary>Set-up, 导语, one problem in each of the six aspects, causes, measures: ends at the preview.</summary>
    private static async Task<List<string>> WholeDraftAsync(Conversation chat)
    {
        await DraftScript.SetUpAsync(chat, "班子材料", "2023年度主题教育专题民主生活会", DraftScript.TeamUnit);
        await DraftScript.PreambleAsync(chat);
        var facts = await DraftScript.AllAspectsAsync(chat, 6);
        await DraftScript.CausesAsync(chat);
        await DraftScript.MeasuresAsync(chat);
        return facts;
    }

    [Theory]
    [InlineData("OpenAI")]
    [InlineData("AzureOpenAI")]
    public async Task The_whole_interview_runs_on_the_model_keeps_every_fact_and_discloses_once(string provider)
    {
        var settings = Settings(provider);
        var path = ChatHost.NewDatabasePath();
        var host = await ChatHost.StartAsync(path, settings);
        var chat = Conversation.Personal(host);

        var facts = await WholeDraftAsync(chat);
        var preview = chat.Last.Text;
        var outline = await chat.SayAsync("提纲");
        var check = await chat.SayAsync("体检");
        var docx = await ExportAsync(chat);
        output.WriteLine($"[{provider}] first problem:\n{FirstReview(chat)}\n\n{UsageLine().Match(outline.Text).Value}\n\n{check.Text[check.Text.IndexOf("**模型建议**", StringComparison.Ordinal)..]}");

        foreach (var marker in Markers)
        {
            Assert.True(preview.Contains(marker, StringComparison.Ordinal), $"the model's “{marker}” is not in the preview:\n{preview}");
        }
        Assert.Contains(InterviewModel.ProblemMarker, docx, StringComparison.Ordinal);
        Assert.Contains(InterviewModel.PreambleMarker, docx, StringComparison.Ordinal);
        Assert.All(facts, fact => Assert.True(preview.Contains(fact, StringComparison.Ordinal) && docx.Contains(fact, StringComparison.Ordinal), $"fact “{fact}” lost"));
        Assert.Equal(1, Occurrences(chat.Transcript, Disclosure));
        Assert.True(chat.History.First(t => t.Has(Disclosure)).Has("已新建材料"), chat.Transcript);
        Assert.True(Calls(outline) >= 9, outline.Text);
        Assert.True(check.Has("**模型建议**") && check.Has(InterviewModel.ReviewMarker), check.Text);
        Assert.True(check.Text.IndexOf("**材料体检", StringComparison.Ordinal) < check.Text.IndexOf("**模型建议**", StringComparison.Ordinal), check.Text);
        Assert.All(_stub.Requests, r => Assert.DoesNotContain(DraftScript.TeamUnit, r.MessagesText, StringComparison.Ordinal));
        Assert.Equal(6, _model.Answered["phrased_problem"]);

        // The usage is kept with the draft: the same line after a restart.
        var usageLine = UsageLine().Match((await chat.SayAsync("提纲")).Text).Value;
        await host.StopAsync();
        var restarted = await ChatHost.StartAsync(path, settings);
        try
        {
            chat.Host = restarted;
            var after = await chat.SayAsync("提纲");
            Assert.False(string.IsNullOrEmpty(usageLine), chat.Transcript);
            Assert.Contains(usageLine, after.Text, StringComparison.Ordinal);
            Assert.Equal(1, Occurrences(chat.Transcript, Disclosure));
        }
        finally
        {
            await restarted.StopAsync();
            DeleteFolder(path);
        }
    }

    private static void DeleteFolder(string databasePath)
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(databasePath)!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public async Task With_the_model_failing_everywhere_the_same_script_completes_with_built_in_phrasing_and_notices()
    {
        _stub.Responder = _ => StubReply.Error(500);
        await using var host = await ChatHost.StartAsync(settings: Settings("OpenAI"));
        var chat = Conversation.Personal(host);

        var facts = await WholeDraftAsync(chat);
        var preview = chat.Last.Text;
        var outline = await chat.SayAsync("提纲");
        var check = await chat.SayAsync("体检");
        var docx = await ExportAsync(chat);
        output.WriteLine($"[model failing] first problem:\n{FirstReview(chat)}\n\n{UsageLine().Match(outline.Text).Value}");

        Assert.All(Markers, marker => Assert.DoesNotContain(marker, preview, StringComparison.Ordinal));
        Assert.All(facts, fact => Assert.True(preview.Contains(fact, StringComparison.Ordinal) && docx.Contains(fact, StringComparison.Ordinal), $"fact “{fact}” lost"));
        var unavailable = chat.History.Where(t => t.Has("（模型暂时不可用，这次用内置整理的版本。）")).ToList();
        Assert.True(unavailable.Count(t => t.Has("我整理成了这样")) == 6, chat.Transcript);
        Assert.Contains(unavailable, t => t.Has("导语初稿"));
        Assert.Contains(unavailable, t => t.Has("二、原因分析"));
        Assert.Contains(unavailable, t => t.Has("三、整改措施"));
        Assert.True(check.Has("（模型暂时不可用，这次只有规则检查的结果。）") && !check.Has("模型建议"), check.Text);
        Assert.True(outline.Has("内置兜底 9 次"), outline.Text);
        Assert.Equal(1, Occurrences(chat.Transcript, Disclosure));
    }

    [Fact]
    public async Task Without_a_model_nothing_mentions_one()
    {
        await using var host = await ChatHost.StartAsync();
        var chat = Conversation.Personal(host);

        await WholeDraftAsync(chat);
        await chat.SayAsync("提纲");
        await chat.SayAsync("体检");

        Assert.DoesNotContain("模型", chat.Transcript, StringComparison.Ordinal);
        Assert.DoesNotContain(Disclosure, chat.Transcript, StringComparison.Ordinal);
        Assert.Empty(_stub.Requests);
    }

    /// <summary>导出 (through 仍然导出 when the 体检 asks), downloads the file and returns its text.</summary>
    private static async Task<string> ExportAsync(Conversation chat)
    {
        var reply = await chat.SayAsync("导出");
        Assert.True(reply.Has("导出前做了材料体检"), chat.Transcript);
        if (reply.Has("仍然导出吗"))
        {
            reply = await chat.ClickAsync("仍然导出");
        }
        var link = Link().Match(reply.Text);
        Assert.True(link.Success, chat.Transcript);
        var bytes = await chat.Host.Client.GetByteArrayAsync(new Uri(link.Value));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var text = new StringBuilder();
        foreach (var paragraph in XDocument.Load(stream).Descendants(w + "p"))
        {
            text.AppendLine(string.Concat(paragraph.Descendants(w + "t").Select(t => t.Value)));
        }
        return text.ToString();
    }

    private static string FirstReview(Conversation chat) => chat.History.First(t => t.Has("我整理成了这样")).Text;

    private static int Calls(Turn outline) =>
        int.Parse(UsageLine().Match(outline.Text).Groups["calls"].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int Occurrences(string text, string fragment) => Regex.Matches(text, Regex.Escape(fragment)).Count;

    [GeneratedRegex(@"模型用量：(?<calls>\d+) 次调用，[\d,]+ tokens（缓存命中 \d+ 次，内置兜底 \d+ 次）")]
    private static partial Regex UsageLine();

    [GeneratedRegex(@"https?://[^\s)\]>""]+/files/[^\s)\]>""]+")]
    private static partial Regex Link();
}
