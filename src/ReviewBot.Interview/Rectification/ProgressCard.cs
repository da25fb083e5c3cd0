using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Interview.Rectification;

/// <summary>
/// 整改进展 as an Adaptive Card 1.5: the figures, then each measure with its state and two Action.Submit buttons
/// (完成 / 记进展). Each button's data is <c>{"command": "完成 3.2", "text": "完成 3.2", "msteams": {"type": "imBack", "value": "完成 3.2"}}</c>:
/// Teams posts the command as the user's text; other channels send the data, which the bot reads the same way.
/// </summary>
public static class ProgressCard
{
    public const int MaxItems = 20;

    public static Attachment Build(LedgerSummary summary, LedgerFilter filter)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = $"整改进展{filter.Describe()}", ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = summary.Figures(), ["wrap"] = true, ["spacing"] = "Small" },
        };
        foreach (var m in summary.Items.Take(MaxItems))
        {
            var overdue = MeasureStatusRules.IsOverdue(m, summary.Today);
            var actions = new JsonArray();
            if (m.Status != MeasureStatus.Done)
            {
                actions.Add(Submit("完成", $"完成 {m.Number}"));
            }
            actions.Add(Submit("记进展", $"进展 {m.Number}"));
            actions.Add(Submit("记录", $"记录 {m.Number}"));
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["separator"] = true,
                ["style"] = overdue ? "attention" : "default",
                ["items"] = new JsonArray
                {
                    new JsonObject { ["type"] = "TextBlock", ["text"] = $"{m.Number} {LedgerSummary.Shorten(m.Text, 60)}", ["wrap"] = true, ["weight"] = "Bolder" },
                    new JsonObject
                    {
                        ["type"] = "TextBlock", ["wrap"] = true, ["isSubtle"] = true, ["spacing"] = "None",
                        ["text"] = $"{MeasureStatusRules.DisplayLabel(m, summary.Today)} · {m.Responsible ?? "责任人待定"} · {MeasureStatusRules.DescribeDeadline(m.Deadline)} · {m.DraftTitle}",
                        ["color"] = overdue ? "Attention" : "Default",
                    },
                    new JsonObject { ["type"] = "ActionSet", ["actions"] = actions },
                },
            });
        }
        if (summary.Items.Count > MaxItems)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["wrap"] = true, ["text"] = $"另有 {summary.Items.Count - MaxItems} 项未列出，可发送“整改进展 逾期/本月/我的”筛选。" });
        }
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        return new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(card) };
    }

    private static JsonObject Submit(string title, string command) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject
        {
            ["command"] = command,
            ["text"] = command,
            ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = command },
        },
    };
}
