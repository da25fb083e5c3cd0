using System.Net;
using System.Text.Json.Nodes;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Messaging;

/// <summary>How many storage round trips an interview turn makes once its draft exists.</summary>
public sealed class TurnStorageTests
{
    [Fact]
    public async Task An_interview_turn_reads_its_state_and_draft_in_one_storage_read_and_saves_in_one_write()
    {
        await using var host = await BotHost.StartAsync(useSpyBot: false);
        var conversation = "a:1" + Guid.NewGuid().ToString("N");
        async Task<string> SayAsync(string text)
        {
            var activity = Activities.Message(text);
            activity["conversation"]!["id"] = conversation;
            var before = host.Sender.Sent.Count;
            Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(activity.ToJsonString())).StatusCode);
            return string.Join("\n", host.Sender.Sent.Skip(before).Select(s => s.Activity.Text + s.Activity.Attachments?.FirstOrDefault()?.Content?.GetRawText()));
        }
        await SayAsync("新建材料");
        await SayAsync("班子材料");
        await SayAsync("2023年度主题教育专题民主生活会");
        Assert.Contains("征求", await SayAsync("某市司法局党组"), StringComparison.Ordinal);
        host.Storage.ResetCounters();

        var reply = await SayAsync("45");

        Assert.Contains("谈心", reply, StringComparison.Ordinal);
        Assert.Equal(1, host.Storage.Reads);
        Assert.Equal(1, host.Storage.Writes);
    }
}
