using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Conversations;

/// <summary>
/// One Teams conversation with the bot through the real endpoint: posts activities the way Teams or the Agents
/// Playground would and collects the replies the connector was asked to send for that turn.
/// </summary>
public sealed class Conversation(ChatHost host, string conversationId, string conversationType = "personal", string userId = "29:user-a", string userName = "张三")
{
    private int _counter;

    /// <summary>The host currently serving this conversation (swap it to continue after a restart).</summary>
    public ChatHost Host { get; set; } = host;

    public string ConversationId { get; } = conversationId;

    public string UserId { get; private set; } = userId;

    public string UserName { get; private set; } = userName;

    public Turn Last { get; private set; } = new(0, []);

    /// <summary>Every turn so far, for failure messages.</summary>
    public List<Turn> History { get; } = [];

    public static Conversation Personal(ChatHost host, string userId = "29:user-a", string userName = "张三") =>
        new(host, "a:personal-" + Guid.NewGuid().ToString("N"), "personal", userId, userName);

    public static Conversation Group(ChatHost host, string userId = "29:user-a", string userName = "张三") =>
        new(host, "19:group-" + Guid.NewGuid().ToString("N") + "@thread.v2", "groupChat", userId, userName);

    /// <summary>The same conversation seen from another member (group chats), sharing the same host.</summary>
    public Conversation As(string userId, string userName) => new(Host, ConversationId, ConversationType, userId, userName);

    public string ConversationType { get; } = conversationType;

    public Task<Turn> SayAsync(string text) => PostAsync(NewActivity(text));

    /// <summary>Clicks the button with this title on the latest reply that has buttons.</summary>
    public Task<Turn> ClickAsync(string title) => ClickAsync(FindButton(Last, title));

    public Task<Turn> ClickAsync(Button button)
    {
        if (button.SubmitData is { } data)
        {
            // What the Playground and Web Chat send for Action.Submit: a message with no text and the data as value.
            var activity = NewActivity(null);
            activity.Remove("text");
            activity["value"] = data.DeepClone();
            return PostAsync(activity);
        }
        return SayAsync(button.ImBackValue ?? button.Title);
    }

    /// <summary>A Teams conversationUpdate adding the bot (the welcome).</summary>
    public Task<Turn> AddBotAsync()
    {
        var activity = NewActivity(null);
        activity.Remove("text");
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot-1" });
        return PostAsync(activity);
    }

    public static Button FindButton(Turn turn, string title) =>
        turn.Buttons.FirstOrDefault(b => b.Title == title)
        ?? throw new Xunit.Sdk.XunitException($"No button “{title}” in the last reply:\n{turn}");

    public JsonObject NewActivity(string? text)
    {
        var n = Interlocked.Increment(ref _counter);
        var activity = Activities.Message(text ?? string.Empty);
        activity["id"] = $"{ConversationId}-{n}-{Guid.NewGuid():N}";
        activity["from"] = new JsonObject { ["id"] = UserId, ["name"] = UserName, ["aadObjectId"] = "aad-" + UserId };
        var conversation = new JsonObject { ["id"] = ConversationId, ["conversationType"] = ConversationType, ["tenantId"] = "tenant-1" };
        if (ConversationType != "personal")
        {
            conversation["isGroup"] = true;
        }
        activity["conversation"] = conversation;
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
        return activity;
    }

    public async Task<Turn> PostAsync(JsonObject activity)
    {
        var before = Host.Sender.Sent.Count;
        using var content = new StringContent(activity.Json(), Encoding.UTF8, "application/json");
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await Host.Client.PostAsync("/api/messages", content);
        var replies = Host.Sender.Sent.Skip(before).Select(s => s.Activity).ToList();
        Last = new Turn((int)response.StatusCode, replies);
        History.Add(Last);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode} for {activity.Json()}");
        return Last;
    }

    /// <summary>The whole conversation so far, for assertion messages.</summary>
    public string Transcript => string.Join("\n----\n", History.Select(t => t.ToString()));
}
