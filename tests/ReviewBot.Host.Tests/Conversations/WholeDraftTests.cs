namespace ReviewBot.Host.Tests.Conversations;

/// <summary>A complete draft for every shipped framework and every kind it serves, typed through the real endpoint.</summary>
public sealed class WholeDraftTests
{
    public static TheoryData<string, string, string[], bool> Frameworks => new()
    {
        { "班子材料", "2023年度主题教育专题民主生活会", ["理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律"], false },
        { "个人材料", "2023年度主题教育专题民主生活会", ["理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律"], true },
        { "班子材料", "2024年度民主生活会（四个带头）", ["维护党的团结统一", "砥砺作风", "勇于担责、敢于创新", "全面从严治党政治责任"], false },
        { "个人材料", "2024年度民主生活会（四个带头）", ["维护党的团结统一", "砥砺作风", "勇于担责、敢于创新", "全面从严治党政治责任"], true },
        { "班子材料", "2025年度民主生活会（五个带头）", ["提高政治能力", "增强党性", "敬畏法纪", "担当作为", "管党治党责任"], false },
        { "个人材料", "2025年度民主生活会（五个带头）", ["提高政治能力", "增强党性", "敬畏法纪", "担当作为", "管党治党责任"], true },
        { "党员材料", "组织生活会（党员个人，六个方面）", ["政治信仰", "党员意识", "理论学习", "能力本领", "作用发挥", "纪律作风"], true },
    };

    [Theory]
    [MemberData(nameof(Frameworks))]
    public async Task A_whole_draft_keeps_every_fact_and_has_the_genre_structure(string kind, string framework, string[] aspects, bool personal)
    {
        await using var host = await ChatHost.StartAsync();
        var chat = Conversation.Personal(host);
        var unit = personal ? "某市司法局" : DraftScript.TeamUnit;

        await DraftScript.SetUpAsync(chat, kind, framework, unit, personal ? DraftScript.Individual : null);
        var askedTalks = await DraftScript.PreambleAsync(chat);
        var facts = await DraftScript.AllAspectsAsync(chat, aspects.Length);
        await DraftScript.CausesAsync(chat);
        await DraftScript.MeasuresAsync(chat);

        var previewMessages = chat.Last.Replies.Select(Turn.TextOf)
            .SkipWhile(t => !t.Contains("下面是全文预览", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(t => !t.Contains("修改 编号", StringComparison.Ordinal)).ToList();
        Assert.True(previewMessages.Count >= 3, chat.Transcript);
        var preview = string.Join("\n\n", previewMessages);

        // Title line first, naming the unit (and the person for personal material).
        var title = previewMessages[0].Split('\n')[0];
        Assert.StartsWith("**", title, StringComparison.Ordinal);
        Assert.Contains(personal ? DraftScript.Individual.Name : unit, title, StringComparison.Ordinal);
        // 导语 with the figures typed.
        Assert.Contains("45", preview, StringComparison.Ordinal);
        if (askedTalks)
        {
            Assert.Contains("30", preview, StringComparison.Ordinal);
        }
        // 一、 then （一）（二）… one per aspect in order, each naming its aspect, then 二、原因分析, then 三、整改措施….
        var at = IndexAfter(preview, "**一、", 0);
        for (var i = 0; i < aspects.Length; i++)
        {
            at = IndexAfter(preview, $"（{Numeral(i + 1)}）", at);
            Assert.True(preview.IndexOf(aspects[i], at, StringComparison.Ordinal) >= 0, $"aspect {aspects[i]} missing after （{Numeral(i + 1)}）\n{preview}");
        }
        var causes = IndexAfter(preview, "**二、", at);
        Assert.Contains("原因", HeadingAt(preview, causes), StringComparison.Ordinal);
        var measures = IndexAfter(preview, "**三、", causes);
        Assert.Matches("措施|方向", HeadingAt(preview, measures));
        Assert.DoesNotContain($"（{Numeral(aspects.Length + 1)}）", preview[..causes], StringComparison.Ordinal);
        Assert.Contains("（一）", preview[causes..measures], StringComparison.Ordinal);
        Assert.Contains("（一）", preview[measures..], StringComparison.Ordinal);
        // Measures carry the 责任人 and the deadline as typed.
        Assert.Contains(DraftScript.Owner, preview[measures..], StringComparison.Ordinal);
        Assert.Contains(DraftScript.Deadline, preview[measures..], StringComparison.Ordinal);
        // Every fact the user typed is in the draft text.
        foreach (var fact in facts)
        {
            Assert.True(preview.Contains(fact, StringComparison.Ordinal), $"fact “{fact}” lost:\n{preview}");
        }
        // No message exceeds the preview's size limit.
        Assert.All(previewMessages, m => Assert.True(m.Length <= 6000));
    }

    private static int IndexAfter(string text, string fragment, int from)
    {
        var index = text.IndexOf(fragment, from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"“{fragment}” not found after position {from}:\n{text}");
        return index + fragment.Length;
    }

    private static string HeadingAt(string text, int index) => text[index..text.IndexOf("**", index, StringComparison.Ordinal)];

    private static string Numeral(int n) => n switch
    {
        1 => "一", 2 => "二", 3 => "三", 4 => "四", 5 => "五", 6 => "六", 7 => "七", 8 => "八",
        _ => throw new ArgumentOutOfRangeException(nameof(n)),
    };
}
