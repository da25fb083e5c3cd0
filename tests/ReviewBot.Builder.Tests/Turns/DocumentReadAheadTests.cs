using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.State;
using ReviewBot.Builder.Storage;
using ReviewBot.Builder.Turns;

namespace ReviewBot.Builder.Tests.Turns;

public sealed class DocumentReadAheadTests
{
    private const string Draft = "draft/owner/1";

    private static BotAdapter Adapter(IBot bot, IStorage storage) =>
        new(bot, storage, new RecordingSender(), Options.Create(new BotAdapterOptions { TypingDelay = TimeSpan.Zero }), NullLogger<BotAdapter>.Instance);

    /// <summary>Opens the draft and adds the message to it, unless the message is "skip" (then only the conversation changes).</summary>
    private static LambdaBot DraftBot() => new(async (context, ct) =>
    {
        context.State.Conversation.GetOrAdd("turns", () => new List<string>()).Add(context.Activity.Text!);
        if (context.Activity.Text != "skip")
        {
            var draft = await context.State.GetDocumentAsync(Draft, ct);
            draft.GetOrAdd("items", () => new List<string>()).Add(context.Activity.Text!);
        }
        await context.SendActivityAsync("好", ct);
    });

    [Fact]
    public async Task The_documents_the_last_turn_opened_are_read_with_the_conversation_and_user_state_in_one_read()
    {
        var storage = new CountingStorage(new MemoryStorage());
        var adapter = Adapter(DraftBot(), storage);
        await adapter.ProcessActivityAsync(Activities.Message("一"), default);
        storage.Reset();

        await adapter.ProcessActivityAsync(Activities.Message("二"), default);

        var read = Assert.Single(storage.Reads);
        Assert.Equal(3, read.Count);
        Assert.Contains(Draft, read);
        Assert.Contains(read, key => key.StartsWith("conversation/", StringComparison.Ordinal));
        Assert.Contains(read, key => key.StartsWith("user/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_turn_saves_the_conversation_and_the_documents_it_opened_in_one_write()
    {
        var storage = new CountingStorage(new MemoryStorage());
        var adapter = Adapter(DraftBot(), storage);
        await adapter.ProcessActivityAsync(Activities.Message("一"), default);
        storage.Reset();

        await adapter.ProcessActivityAsync(Activities.Message("二"), default);

        var write = Assert.Single(storage.Writes);
        Assert.Contains(Draft, write);
        Assert.Contains(write, key => key.StartsWith("conversation/", StringComparison.Ordinal));
        var items = new StateBag(Draft, (await storage.ReadAsync([Draft], default))[Draft].Json, null).Get<List<string>>("items");
        Assert.Equal(["一", "二"], items);
    }

    [Fact]
    public async Task A_document_read_ahead_but_not_opened_is_not_written_and_is_not_read_ahead_again()
    {
        var storage = new CountingStorage(new MemoryStorage());
        var adapter = Adapter(DraftBot(), storage);
        await adapter.ProcessActivityAsync(Activities.Message("一"), default);
        var before = (await storage.ReadAsync([Draft], default))[Draft].ETag;
        storage.Reset();

        await adapter.ProcessActivityAsync(Activities.Message("skip"), default);
        await adapter.ProcessActivityAsync(Activities.Message("skip"), default);

        var reads = storage.Reads.ToList();
        Assert.All(storage.Writes, write => Assert.DoesNotContain(Draft, write));
        Assert.Equal(before, (await storage.ReadAsync([Draft], default))[Draft].ETag);
        Assert.Equal(2, reads.Count);
        Assert.Contains(Draft, reads[0]);
        Assert.DoesNotContain(Draft, reads[1]);
    }

    [Fact]
    public async Task Read_ahead_remembers_keys_not_contents_so_a_change_made_elsewhere_is_seen()
    {
        var storage = new CountingStorage(new MemoryStorage());
        var adapter = Adapter(DraftBot(), storage);
        await adapter.ProcessActivityAsync(Activities.Message("一"), default);
        await storage.WriteAsync([new StorageWrite(Draft, """{"items":["别处写的"]}""", ETagRules.Any)], default);

        await adapter.ProcessActivityAsync(Activities.Message("二"), default);

        var items = new StateBag(Draft, (await storage.ReadAsync([Draft], default))[Draft].Json, null).Get<List<string>>("items");
        Assert.Equal(["别处写的", "二"], items);
    }

    [Fact]
    public async Task A_document_opened_for_the_first_time_is_still_loaded_on_demand()
    {
        var storage = new CountingStorage(new MemoryStorage());
        await storage.WriteAsync([new StorageWrite(Draft, """{"items":["早先的"]}""", ETagRules.Any)], default);
        storage.Reset();

        await Adapter(DraftBot(), storage).ProcessActivityAsync(Activities.Message("一"), default);

        Assert.Equal(2, storage.Reads.Count);
        Assert.Equal([Draft], storage.Reads.Last());
        var items = new StateBag(Draft, (await storage.ReadAsync([Draft], default))[Draft].Json, null).Get<List<string>>("items");
        Assert.Equal(["早先的", "一"], items);
    }
}

public sealed class DocumentReadAheadMemoryTests
{
    [Fact]
    public void A_conversation_gets_back_what_its_last_turn_opened_and_nothing_once_a_turn_opened_nothing()
    {
        var memory = new DocumentReadAhead();
        memory.Remember("conversation/a", ["drafts/x", "draft/x/1"]);
        Assert.Equal(["drafts/x", "draft/x/1"], memory.For("conversation/a"));
        Assert.Empty(memory.For("conversation/b"));

        memory.Remember("conversation/a", []);

        Assert.Empty(memory.For("conversation/a"));
    }

    [Fact]
    public void Memory_stays_bounded_in_conversations_and_keys()
    {
        var memory = new DocumentReadAhead();
        for (var i = 0; i <= DocumentReadAhead.MaxConversations; i++)
        {
            memory.Remember($"conversation/{i}", [$"draft/{i}"]);
        }
        memory.Remember("conversation/many", [.. Enumerable.Range(0, 20).Select(i => $"draft/{i}")]);

        Assert.Empty(memory.For("conversation/0")); // started afresh past the bound
        Assert.Equal([$"draft/{DocumentReadAhead.MaxConversations}"], memory.For($"conversation/{DocumentReadAhead.MaxConversations}"));
        Assert.Equal(DocumentReadAhead.MaxKeysPerConversation, memory.For("conversation/many").Count);
    }
}
