using System.Net;
using ReviewBot.Interview.Rectification;
using ReviewBot.Protocol.Schema;
using ReviewBot.TestSupport;
using static ReviewBot.Interview.Tests.Rectification.RectificationHarness;

namespace ReviewBot.Interview.Tests.Rectification;

public sealed class ImportCommandTests
{
    private static string Material => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Rectification", "TestData", "arabic-numbering.txt"));

    [Fact]
    public async Task Pasted_material_is_shown_for_confirmation_then_tracked_with_the_given_statuses()
    {
        await using var bot = new RectificationHarness();

        var preview = await bot.SayAsync("导入\n" + Material);
        Assert.Contains("问题 3 条，原因 2 条，措施 3 项", preview, StringComparison.Ordinal);
        Assert.Contains("3.2 每月到服务窗口现场办公一次", preview, StringComparison.Ordinal);

        Assert.Contains("已导入 3 项措施", await bot.SayAsync("确认 已完成 1 长期坚持 3"), StringComparison.Ordinal);
        var measures = await bot.Ledger.ListAsync(global::ReviewBot.Interview.Workspace.DraftOwner.From(Message("x")).Key, default);
        Assert.Equal([MeasureStatus.Done, MeasureStatus.NotStarted, MeasureStatus.Ongoing], measures.OrderBy(m => m.Sequence).Select(m => m.Status));
        Assert.Contains("共 3 项，已完成 1 项", await bot.SayAsync("整改进展"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_imports_nothing()
    {
        await using var bot = new RectificationHarness();
        await bot.SayAsync("导入\n" + Material);

        Assert.Contains("没有导入", await bot.SayAsync("否"), StringComparison.Ordinal);
        Assert.Contains("还没有整改措施", await bot.SayAsync("整改进展"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Material_sent_after_the_bare_command_is_read()
    {
        await using var bot = new RectificationHarness();

        Assert.Contains("请把上年度的对照检查材料全文粘贴", await bot.SayAsync("导入"), StringComparison.Ordinal);
        Assert.Contains("措施 3 项", await bot.SayAsync(Material), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Active_draft_gets_the_previous_rectification_section_which_follows_later_updates()
    {
        await using var bot = new RectificationHarness();
        await bot.SaveDraftAsync(Draft("d1", "2025年度材料", ("新措施", "张三", Due(2025, 12, 31))), Message("x"));
        await bot.SayAsync("导入\n" + Material);
        await bot.SayAsync("确认 已完成 1");

        var section = await PreviousAsync(bot);
        Assert.Contains("3 项整改措施逐项回头看：已完成 1 项", section, StringComparison.Ordinal);
        Assert.Contains("一是制定个人季度学习计划，每月至少精读一篇原著，已落实到位", section, StringComparison.Ordinal);

        await bot.SayAsync("整改进展 上年度"); // focus the imported group: 3.2 is in both
        await bot.SayAsync("完成 3.2");
        Assert.Contains("已完成 2 项", await PreviousAsync(bot), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_file_attachment_is_downloaded_from_loopback()
    {
        using var server = new HttpListener();
        var port = LoopbackPort.Free();
        server.Prefixes.Add($"http://127.0.0.1:{port}/");
        server.Start();
        var serve = Task.Run(async () =>
        {
            var context = await server.GetContextAsync();
            var bytes = System.Text.Encoding.UTF8.GetBytes(Material);
            context.Response.ContentType = "text/plain";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        });
        await using var bot = new RectificationHarness();
        var activity = Message("导入");
        activity.Attachments = [new Attachment { Name = "去年材料.txt", ContentType = "text/plain", ContentUrl = $"http://127.0.0.1:{port}/f.txt" }];

        Assert.Contains("措施 3 项", await bot.SendAsync(activity), StringComparison.Ordinal);
        await serve;
    }

    [Fact]
    public async Task Docx_attachment_is_read_and_its_measures_listed()
    {
        var lines = Material.Split('\n');
        var document = new Drafts.Composition.ComposedDocument("去年材料", lines.Where(l => l.Trim().Length > 0)
            .Select(l => (Drafts.Composition.DocumentBlock)new Drafts.Composition.Paragraph(Drafts.Composition.DocumentPart.Measures, null, l.Trim())).ToList());
        var bytes = new Documents.DocxWriter(new Documents.DocumentFormatOptions()).Write(document, new Documents.DocumentMetadata("去年材料", "某局", DateTimeOffset.UnixEpoch));
        using var server = new HttpListener();
        var port = LoopbackPort.Free();
        server.Prefixes.Add($"http://127.0.0.1:{port}/");
        server.Start();
        var serve = Task.Run(async () =>
        {
            var context = await server.GetContextAsync();
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        });
        await using var bot = new RectificationHarness();
        var activity = Message("导入");
        activity.Attachments = [new Attachment { Name = "去年材料.docx", ContentUrl = $"http://127.0.0.1:{port}/f.docx" }];

        var preview = await bot.SendAsync(activity);
        await serve;

        Assert.Contains("问题 3 条，原因 2 条，措施 3 项", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachment_from_a_host_not_allowed_is_refused_with_a_message()
    {
        await using var bot = new RectificationHarness();
        var activity = Message("导入");
        activity.Attachments = [new Attachment { Name = "a.docx", ContentUrl = "https://files.example.com/a.docx" }];

        Assert.Contains("来源不在允许范围内", await bot.SendAsync(activity), StringComparison.Ordinal);
    }

    private static async Task<string?> PreviousAsync(RectificationHarness bot)
    {
        string? text = null;
        var interview = (global::ReviewBot.Interview.Dialogs.InterviewContext)bot.Services.GetService(typeof(global::ReviewBot.Interview.Dialogs.InterviewContext))!;
        await bot.Adapter.ContinueConversationAsync(Message("x").GetConversationReference(), async (turn, ct) =>
            text = (await interview.Drafts(turn).GetActiveAsync(ct))?.PreviousRectification, default);
        return text;
    }

}
