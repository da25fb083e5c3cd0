using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.State;
using ReviewBot.Builder.Storage;
using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Builder.Tests.Turns;

public sealed class BotAdapterTests
{
    private static BotAdapter Adapter(IBot bot, IStorage storage, IChannelSender sender, Action<BotAdapterOptions>? configure = null)
    {
        var options = new BotAdapterOptions { TypingDelay = TimeSpan.Zero };
        configure?.Invoke(options);
        return new BotAdapter(bot, storage, sender, Options.Create(options), NullLogger<BotAdapter>.Instance);
    }

    private static LambdaBot CountingBot() => new(async (context, ct) =>
    {
        var counter = context.State.Conversation.GetOrAdd("counter", () => new Counter());
        counter.Value++;
        await context.SendActivityAsync($"第{counter.Value}次", ct);
    });

    private sealed class Counter
    {
        public int Value { get; set; }
    }

    [Fact]
    public async Task Replies_are_sent_only_after_the_state_is_saved()
    {
        var storage = new MemoryStorage();
        var activity = Activities.Message("你好");
        var sender = new RecordingSender(storage) { WatchKey = StateKeys.Conversation(activity) };
        var outcome = await Adapter(CountingBot(), storage, sender).ProcessActivityAsync(activity, default);

        Assert.Equal(200, outcome.Status);
        var sent = Assert.Single(sender.Sent);
        Assert.True(sent.StateSavedBeforeSend);
        Assert.Equal("第1次", sent.Activity.Text);
        Assert.Equal(activity.Id, sent.Activity.ReplyToId);
        Assert.Equal("29:user-1", sent.Activity.Recipient?.Id);
    }

    [Fact]
    public async Task A_turn_that_loses_an_ETag_race_is_run_again_and_sends_once()
    {
        var storage = new ConflictingStorage(new MemoryStorage(), conflicts: 2);
        var sender = new RecordingSender();
        var runs = 0;
        var bot = new LambdaBot(async (context, ct) =>
        {
            runs++;
            context.State.Conversation.Set("x", runs);
            await context.SendActivityAsync("收到", ct);
        });

        var outcome = await Adapter(bot, storage, sender).ProcessActivityAsync(Activities.Message("a"), default);

        Assert.Equal(200, outcome.Status);
        Assert.Equal(3, runs);
        Assert.Single(sender.Sent);
    }

    [Fact]
    public async Task Endless_conflicts_give_503_and_no_reply()
    {
        var sender = new RecordingSender();
        var outcome = await Adapter(CountingBot(), new ConflictingStorage(new MemoryStorage(), 100), sender)
            .ProcessActivityAsync(Activities.Message("a"), default);

        Assert.Equal(503, outcome.Status);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task A_redelivered_activity_is_acknowledged_and_not_processed_twice()
    {
        var storage = new MemoryStorage();
        var sender = new RecordingSender();
        var adapter = Adapter(CountingBot(), storage, sender);

        await adapter.ProcessActivityAsync(Activities.Message("a", id: "same-id"), default);
        var second = await adapter.ProcessActivityAsync(Activities.Message("a", id: "same-id"), default);

        Assert.True(second.Duplicate);
        Assert.Equal(["第1次"], sender.Texts);
    }

    [Fact]
    public async Task A_redelivery_that_arrives_while_the_first_is_running_waits_and_is_not_processed_twice()
    {
        var gate = new TaskCompletionSource();
        var runs = 0;
        var bot = new LambdaBot(async (context, ct) =>
        {
            Interlocked.Increment(ref runs);
            await gate.Task;
            await context.SendActivityAsync("好", ct);
        });
        var sender = new RecordingSender();
        var adapter = Adapter(bot, new MemoryStorage(), sender);

        var first = adapter.ProcessActivityAsync(Activities.Message("a", id: "dup"), default);
        var second = adapter.ProcessActivityAsync(Activities.Message("a", id: "dup"), default);
        gate.SetResult();
        var outcomes = await Task.WhenAll(first, second);

        Assert.Equal(1, runs);
        Assert.Single(sender.Sent);
        Assert.Single(outcomes, o => o.Duplicate);
    }

    [Fact]
    public async Task Turns_of_one_conversation_run_one_at_a_time()
    {
        var active = 0;
        var maxActive = 0;
        var bot = new LambdaBot(async (context, ct) =>
        {
            var now = Interlocked.Increment(ref active);
            maxActive = Math.Max(maxActive, now);
            await Task.Delay(20, ct);
            context.State.Conversation.Set("last", context.Activity.Text);
            Interlocked.Decrement(ref active);
        });
        var adapter = Adapter(bot, new MemoryStorage(), new RecordingSender());

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => adapter.ProcessActivityAsync(Activities.Message($"m{i}"), default)));

        Assert.Equal(1, maxActive);
    }

    [Fact]
    public async Task Concurrent_messages_in_one_conversation_all_count()
    {
        var storage = new MemoryStorage();
        var adapter = Adapter(CountingBot(), storage, new RecordingSender());

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => adapter.ProcessActivityAsync(Activities.Message($"m{i}"), default)));

        var activity = Activities.Message("x");
        var doc = (await storage.ReadAsync([StateKeys.Conversation(activity)], default)).Values.Single();
        Assert.Equal(10, JsonDocument.Parse(doc.Json).RootElement.GetProperty("counter").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task An_unhandled_error_apologises_resets_only_the_dialog_stack_and_keeps_other_state()
    {
        var storage = new MemoryStorage();
        var sender = new RecordingSender();
        var fail = false;
        var bot = new LambdaBot((context, ct) =>
        {
            if (fail)
            {
                context.State.Conversation.Set("answers", "changed by the failing turn");
                throw new InvalidOperationException("boom");
            }
            context.State.Conversation.Set("dialogState", new { stack = new[] { "interview" } });
            context.State.Conversation.Set("answers", "我的回答");
            return Task.CompletedTask;
        });
        var adapter = Adapter(bot, storage, sender);
        await adapter.ProcessActivityAsync(Activities.Message("first"), default);

        fail = true;
        var outcome = await adapter.ProcessActivityAsync(Activities.Message("second"), default);

        Assert.Equal(200, outcome.Status);
        Assert.Contains("抱歉", Assert.Single(sender.Texts));
        var doc = (await storage.ReadAsync([StateKeys.Conversation(Activities.Message("x"))], default)).Values.Single();
        var root = JsonDocument.Parse(doc.Json).RootElement;
        Assert.False(root.TryGetProperty("dialogState", out _));
        Assert.Equal("我的回答", root.GetProperty("answers").GetString());
    }

    [Fact]
    public async Task Unavailable_storage_gives_503_and_tells_the_user_the_message_was_not_kept()
    {
        var sender = new RecordingSender();
        var outcome = await Adapter(CountingBot(), new UnavailableStorage(), sender).ProcessActivityAsync(Activities.Message("a"), default);

        Assert.Equal(503, outcome.Status);
        Assert.Contains("没有记录", Assert.Single(sender.Texts));
    }

    [Fact]
    public async Task An_invoke_without_an_answer_gets_501_and_an_answered_one_its_status_and_body()
    {
        var bot = new LambdaBot((context, ct) =>
        {
            if (context.Activity.Name == "known/invoke")
            {
                context.InvokeResponse = new InvokeResponse(200, JsonSerializer.SerializeToElement(new { ok = true }));
            }
            return Task.CompletedTask;
        });
        var adapter = Adapter(bot, new MemoryStorage(), new RecordingSender());
        Activity Invoke(string name) => new()
        {
            Type = ActivityTypes.Invoke, Name = name, Id = Guid.NewGuid().ToString(), ChannelId = Channels.MsTeams,
            ServiceUrl = "https://smba.trafficmanager.net/teams/",
            From = new ChannelAccount { Id = "29:u" }, Recipient = new ChannelAccount { Id = "28:b" },
            Conversation = new ConversationAccount { Id = "a:c" },
        };

        var unknown = await adapter.ProcessActivityAsync(Invoke("unknown/thing"), default);
        var known = await adapter.ProcessActivityAsync(Invoke("known/invoke"), default);

        Assert.Equal(501, unknown.Status);
        Assert.Equal(200, known.Status);
        Assert.True(known.Body!.Value.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_body_instead_of_sending_them()
    {
        var sender = new RecordingSender();
        var activity = Activities.Message("hi");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        var outcome = await Adapter(CountingBot(), new MemoryStorage(), sender).ProcessActivityAsync(activity, default);

        Assert.Empty(sender.Sent);
        var replies = outcome.Body!.Value.GetProperty("activities");
        Assert.Equal("第1次", replies[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_bots_own_mention_is_stripped_from_group_messages()
    {
        string? seen = null;
        var bot = new LambdaBot((context, ct) => { seen = context.Activity.Text; return Task.CompletedTask; });
        var activity = Activities.Message("<at>ReviewBot</at> 新建材料");
        activity.Conversation!.ConversationType = "groupChat";
        activity.Entities =
        [
            JsonSerializer.Deserialize<Entity>("""{"type":"mention","text":"<at>ReviewBot</at>","mentioned":{"id":"28:bot","name":"ReviewBot"}}""", ProtocolJson.Options)!,
        ];

        await Adapter(bot, new MemoryStorage(), new RecordingSender()).ProcessActivityAsync(activity, default);

        Assert.Equal("新建材料", seen);
    }

    [Fact]
    public async Task A_slow_turn_sends_a_typing_indicator_before_its_reply()
    {
        var sender = new RecordingSender();
        var bot = new LambdaBot(async (context, ct) =>
        {
            // The turn stays busy until the indicator has gone out (bounded, so a missing indicator fails, not hangs).
            await sender.TypingSent.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            await context.SendActivityAsync("慢慢来", ct);
        });

        await Adapter(bot, new MemoryStorage(), sender, o => o.TypingDelay = TimeSpan.FromMilliseconds(50))
            .ProcessActivityAsync(Activities.Message("a"), default);

        var types = sender.Sent.Select(s => s.Activity.Type).ToList();
        Assert.Equal(ActivityTypes.Typing, types[0]);
        Assert.Equal(ActivityTypes.Message, types[^1]);
    }

    [Fact]
    public async Task A_fast_turn_sends_no_typing_indicator()
    {
        var sender = new RecordingSender();
        await Adapter(CountingBot(), new MemoryStorage(), sender, o => o.TypingDelay = TimeSpan.FromSeconds(30))
            .ProcessActivityAsync(Activities.Message("a"), default);

        Assert.DoesNotContain(sender.Sent, s => s.Activity.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task The_conversation_reference_is_stored_for_proactive_messages()
    {
        var storage = new MemoryStorage();
        var activity = Activities.Message("a");
        await Adapter(CountingBot(), storage, new RecordingSender()).ProcessActivityAsync(activity, default);

        var doc = (await storage.ReadAsync([StateKeys.Conversation(activity)], default)).Values.Single();
        var reference = JsonDocument.Parse(doc.Json).RootElement.GetProperty(BotAdapter.ConversationReferenceProperty);
        Assert.Equal(activity.ServiceUrl, reference.GetProperty("serviceUrl").GetString());
        Assert.Equal("28:bot", reference.GetProperty("bot").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_unchanged_conversation_reference_is_not_written_again_and_a_changed_one_is()
    {
        var storage = new MemoryStorage();
        var first = Activities.Message("a");
        var key = StateKeys.Conversation(first);
        await Adapter(CountingBot(), storage, new RecordingSender()).ProcessActivityAsync(first, default);
        // Store the reference with spacing the serializer would not write: serializing it again would remove it.
        var stored = (await storage.ReadAsync([key], default)).Values.Single();
        var node = JsonNode.Parse(stored.Json)!.AsObject();
        var spaced = node[BotAdapter.ConversationReferenceProperty]!.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        node.Remove(BotAdapter.ConversationReferenceProperty);
        var json = node.ToJsonString()[..^1] + $",\"{BotAdapter.ConversationReferenceProperty}\":{spaced}}}";
        await storage.WriteAsync([new StorageWrite(key, json, stored.ETag)], default);

        await Adapter(CountingBot(), storage, new RecordingSender()).ProcessActivityAsync(Activities.Message("b"), default);
        var afterSame = (await storage.ReadAsync([key], default)).Values.Single().Json;
        var moved = Activities.Message("c");
        moved.ServiceUrl = "https://smba.trafficmanager.net/emea/";
        await Adapter(CountingBot(), storage, new RecordingSender()).ProcessActivityAsync(moved, default);
        var afterMove = (await storage.ReadAsync([key], default)).Values.Single().Json;

        Assert.Contains(spaced, afterSame, StringComparison.Ordinal);
        Assert.DoesNotContain(spaced, afterMove, StringComparison.Ordinal);
        var reference = JsonDocument.Parse(afterMove).RootElement.GetProperty(BotAdapter.ConversationReferenceProperty);
        Assert.Equal(moved.ServiceUrl, reference.GetProperty("serviceUrl").GetString());
        Assert.Equal("张三", reference.GetProperty("user").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ContinueConversation_runs_with_the_conversations_state_and_sends_to_it()
    {
        var storage = new MemoryStorage();
        var sender = new RecordingSender();
        var adapter = Adapter(CountingBot(), storage, sender);
        var activity = Activities.Message("a");
        await adapter.ProcessActivityAsync(activity, default);

        await adapter.ContinueConversationAsync(activity.GetConversationReference(), async (context, ct) =>
        {
            var counter = context.State.Conversation.Get<JsonElement>("counter");
            await context.SendActivityAsync($"提醒：已有{counter.GetProperty("value").GetInt32()}轮", ct);
        }, default);

        Assert.Equal("提醒：已有1轮", sender.Texts[^1]);
        Assert.Equal("a:conv-1", sender.Sent.Last().Activity.Conversation?.Id);
    }
}

public sealed class TurnDocumentTests
{
    [Fact]
    public async Task Documents_opened_during_a_turn_are_saved_with_it_and_reread_next_turn()
    {
        var storage = new MemoryStorage();
        var bot = new LambdaBot(async (context, ct) =>
        {
            var draft = await context.State.GetDocumentAsync("draft/owner/1", ct);
            var items = draft.GetOrAdd("items", () => new List<string>());
            items.Add(context.Activity.Text!);
            await context.SendActivityAsync($"共{items.Count}条", ct);
        });
        var sender = new RecordingSender();
        var adapter = new BotAdapter(bot, storage, sender, Options.Create(new BotAdapterOptions { TypingDelay = TimeSpan.Zero }), NullLogger<BotAdapter>.Instance);

        await adapter.ProcessActivityAsync(Activities.Message("一"), default);
        await adapter.ProcessActivityAsync(Activities.Message("二"), default);

        Assert.Equal(["共1条", "共2条"], sender.Texts);
        var doc = (await storage.ReadAsync(["draft/owner/1"], default)).Values.Single();
        Assert.Contains("二", doc.Json, StringComparison.Ordinal);
    }
}
