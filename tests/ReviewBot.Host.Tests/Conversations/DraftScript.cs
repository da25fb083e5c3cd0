namespace ReviewBot.Host.Tests.Conversations;

/// <summary>
/// Scripted answers for a whole draft: set-up, 导语, one problem per aspect (each with its own facts), all suggested
/// causes and measures with a 责任人 and a deadline. Each step checks the bot asked what was expected.
/// </summary>
public static class DraftScript
{
    public const string TeamUnit = "某市司法局党组";
    public const string Owner = "党组书记";
    public const string Deadline = "6月底前";

    /// <summary>Problems in the user's words; the facts listed with each must reach the draft.</summary>
    public static readonly (string Text, string[] Facts)[] Problems =
    [
        ("集中学习只有4次，对枫桥经验研究不深，2024年3月15日的专题研讨流于形式", ["4次", "枫桥经验", "2024年3月15日"]),
        ("12348公共法律服务热线接通率只有85%，群众反映等待时间长", ["12348", "85%"]),
        ("到基层调研不够，全年只去了3个司法所，调研报告只写了2篇", ["3个司法所", "2篇"]),
        ("人民调解员培训覆盖不全，127名调解员中只有60人参加了培训", ["127名", "60人"]),
        ("执法检查发现5起超期办理的复议案件，整改跟踪不及时", ["5起"]),
        ("公务接待管理有漏洞，2023年11月有1次接待超出标准", ["2023年11月", "1次"]),
    ];

    public sealed record Person(string Name, string Post, string Portfolio);

    public static readonly Person Individual = new("李明", "党组成员、副局长", "法治宣传、人民调解");

    /// <summary>新建材料 through to the draft's creation; returns the turn announcing it.</summary>
    public static async Task<Turn> SetUpAsync(Conversation chat, string kindTitle, string frameworkTitle, string unit, Person? person = null, int? year = null)
    {
        var turn = await chat.SayAsync("新建材料");
        Assert.True(turn.Has("这份材料是为谁写的"), chat.Transcript);
        await chat.ClickAsync(kindTitle);
        Assert.True(chat.Last.Has("按哪个年度框架来写"), chat.Transcript);
        await chat.ClickAsync(frameworkTitle);
        Assert.True(chat.Last.Has("全称是") || chat.Last.Has("所在的单位"), chat.Transcript);
        await chat.SayAsync(unit);
        if (chat.Last.Has("哪一年度"))
        {
            await chat.SayAsync((year ?? 2025).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (person is not null)
        {
            Assert.True(chat.Last.Has("您的姓名"), chat.Transcript);
            await chat.SayAsync(person.Name);
            Assert.True(chat.Last.Has("职务"), chat.Transcript);
            await chat.SayAsync(person.Post);
            Assert.True(chat.Last.Has("分管"), chat.Transcript);
            await chat.SayAsync(person.Portfolio);
        }
        Assert.True(chat.Last.Has("已新建材料"), chat.Transcript);
        Assert.True(chat.Last.Has("会前一共征求到多少条意见建议"), chat.Transcript);
        return chat.Last;
    }

    /// <summary>导语 with 45 opinions and (when the framework's preamble mentions them) 30 talks, adopted; true when talks were asked.</summary>
    public static async Task<bool> PreambleAsync(Conversation chat)
    {
        await chat.SayAsync("45");
        var askedTalks = chat.Last.Has("谈心谈话共多少人次");
        if (askedTalks)
        {
            await chat.SayAsync("30");
        }
        Assert.True(chat.Last.Has("导语初稿"), chat.Transcript);
        await chat.ClickAsync("采用");
        Assert.True(chat.Last.Has("导语已保存"), chat.Transcript);
        return askedTalks;
    }

    /// <summary>Answers the current aspect's first question with a problem and adopts the phrasing.</summary>
    public static async Task ProblemAsync(Conversation chat, string text)
    {
        Assert.True(chat.Last.Has("请用自己的话说一个具体问题") || chat.Last.Has("条问题"), chat.Transcript);
        await chat.SayAsync(text);
        Assert.True(chat.Last.Has("我整理成了这样"), chat.Transcript);
        await chat.ClickAsync("采用");
        Assert.True(chat.Last.Has("已保存为第"), chat.Transcript);
    }

    /// <summary>Every aspect gets one problem (cycling through <see cref="Problems"/>); returns the facts used.</summary>
    public static async Task<List<string>> AllAspectsAsync(Conversation chat, int aspectCount)
    {
        var facts = new List<string>();
        for (var a = 0; a < aspectCount; a++)
        {
            Assert.True(chat.Last.Has($"第 {a + 1}/{aspectCount} 个方面"), chat.Transcript);
            var (text, used) = Problems[a % Problems.Length];
            await ProblemAsync(chat, text);
            facts.AddRange(used);
            await chat.ClickAsync(a == aspectCount - 1 ? "进入原因分析" : "下一个方面");
        }
        return facts;
    }

    public static async Task CausesAsync(Conversation chat)
    {
        Assert.True(chat.Last.Has("二、原因分析"), chat.Transcript);
        await chat.ClickAsync("全部采用");
        Assert.True(chat.Last.Has("原因分析现有"), chat.Transcript);
        await chat.ClickAsync("进入整改措施");
    }

    /// <summary>All suggested measures with <see cref="Owner"/> and <see cref="Deadline"/>; ends at the preview.</summary>
    public static async Task MeasuresAsync(Conversation chat)
    {
        Assert.True(chat.Last.Has("三、整改措施"), chat.Transcript);
        await chat.ClickAsync("全部采用");
        Assert.True(chat.Last.Has("责任人是"), chat.Transcript);
        await chat.SayAsync(Owner);
        Assert.True(chat.Last.Has("完成时限是"), chat.Transcript);
        await chat.SayAsync(Deadline);
        Assert.True(chat.Last.Has("整改措施现有"), chat.Transcript);
        await chat.ClickAsync("完成");
        Assert.True(chat.Last.Has("下面是全文预览"), chat.Transcript);
    }
}
