using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.State;
using ReviewBot.Builder.Storage;
using ReviewBot.Builder.Turns;

namespace ReviewBot.Builder.Tests.Turns;

/// <summary>
/// The next turn on a document takes the live objects of the last saved one, but only while the store still holds what
/// that turn saved; a failed or conflicting turn leaves nothing of its own behind.
/// </summary>
public sealed class LiveStateTests
{
    private readonly List<Notes> _seen = [];

    [Fact]
    public async Task The_next_turn_takes_the_objects_the_last_saved_turn_had()
    {
        var storage = new MemoryStorage();
        using var adapter = Adapter(storage);

        await adapter.ProcessActivityAsync(Activities.Message("一"), default);
        await adapter.ProcessActivityAsync(Activities.Message("二"), default);

        Assert.Same(_seen[0], _seen[1]);
        Assert.Equal(["一", "二"], _seen[1].Lines);
        Assert.Contains("\"二\"", (await StoredAsync(storage)).Json, StringComparison.Ordinal);
        Assert.Equal(1, adapter.KeptStateBags); // the conversation's; the user document was never stored
    }

    [Fact]
    public async Task A_turn_that_failed_leaves_none_of_its_changes_for_the_next()
    {
        var storage = new MemoryStorage();
        using var adapter = Adapter(storage, failOn: "坏");

        await adapter.ProcessActivityAsync(Activities.Message("一"), default);
        await adapter.ProcessActivityAsync(Activities.Message("坏"), default);
        await adapter.ProcessActivityAsync(Activities.Message("三"), default);

        Assert.Equal(["一", "三"], _seen[2].Lines);
        Assert.NotSame(_seen[1], _seen[2]);
    }

    [Fact]
    public async Task A_document_changed_in_the_store_since_is_read_from_the_store()
    {
        var storage = new MemoryStorage();
        using var adapter = Adapter(storage);
        await adapter.ProcessActivityAsync(Activities.Message("一"), default);

        var stored = await StoredAsync(storage);
        await storage.WriteAsync([new StorageWrite(ConversationKey, """{"notes":{"lines":["别处写的"]}}""", stored.ETag)], default);
        await adapter.ProcessActivityAsync(Activities.Message("二"), default);

        Assert.NotSame(_seen[0], _seen[1]);
        Assert.Equal(["别处写的", "二"], _seen[1].Lines);
    }

    [Fact]
    public async Task A_turn_that_lost_an_ETag_race_keeps_nothing_and_its_rerun_reads_the_store()
    {
        var storage = new ConflictingStorage(new MemoryStorage(), conflicts: 1);
        using var adapter = Adapter(storage);

        await adapter.ProcessActivityAsync(Activities.Message("一"), default);
        await adapter.ProcessActivityAsync(Activities.Message("二"), default);

        Assert.Equal(3, _seen.Count); // the first turn ran twice
        Assert.NotSame(_seen[0], _seen[1]);
        Assert.Same(_seen[1], _seen[2]);
        Assert.Equal(["一", "二"], _seen[2].Lines);
    }

    [Fact]
    public async Task A_document_read_ahead_but_not_opened_keeps_its_objects_for_a_later_turn()
    {
        var storage = new MemoryStorage();
        var opened = new List<Notes>();
        var bot = new LambdaBot(async (context, ct) =>
        {
            if (context.Activity.Text == "打开")
            {
                var draft = await context.State.GetDocumentAsync("draft/1", ct);
                var notes = draft.GetOrAdd("notes", () => new Notes());
                notes.Lines.Add("打开");
                opened.Add(notes);
            }
        });
        using var adapter = new BotAdapter(bot, storage, new RecordingSender(),
            Options.Create(new BotAdapterOptions { TypingDelay = TimeSpan.Zero }), NullLogger<BotAdapter>.Instance);

        await adapter.ProcessActivityAsync(Activities.Message("打开"), default);
        await adapter.ProcessActivityAsync(Activities.Message("别的"), default); // reads draft/1 ahead, never opens it
        await adapter.ProcessActivityAsync(Activities.Message("打开"), default);

        Assert.Same(opened[0], opened[1]);
        Assert.Equal(["打开", "打开"], opened[1].Lines);
    }

    [Fact]
    public async Task Turns_still_running_after_the_adapter_is_disposed_read_and_save_through_the_store()
    {
        var storage = new MemoryStorage();
        var adapter = Adapter(storage);
        await adapter.ProcessActivityAsync(Activities.Message("一"), default);

        adapter.Dispose(); // host shutdown while a late turn is still on its way
        var outcome = await adapter.ProcessActivityAsync(Activities.Message("二"), default);

        Assert.Equal(200, outcome.Status);
        Assert.Equal(["一", "二"], _seen[1].Lines);
        Assert.Contains("\"二\"", (await StoredAsync(storage)).Json, StringComparison.Ordinal);
        Assert.NotSame(_seen[0], _seen[1]); // read from the store, not taken from the disposed cache
    }

    [Fact]
    public async Task With_no_room_every_turn_reads_its_state_from_the_store()
    {
        var storage = new MemoryStorage();
        using var adapter = Adapter(storage, liveStateMegabytes: 0);

        await adapter.ProcessActivityAsync(Activities.Message("一"), default);
        await adapter.ProcessActivityAsync(Activities.Message("二"), default);

        Assert.NotSame(_seen[0], _seen[1]);
        Assert.Equal(["一", "二"], _seen[1].Lines);
        Assert.Equal(0, adapter.KeptStateBags);
    }

    private static string ConversationKey => StateKeys.Conversation(Activities.Message("x"));

    private static async Task<StoredDocument> StoredAsync(IStorage storage) => (await storage.ReadAsync([ConversationKey], default))[ConversationKey];

    private BotAdapter Adapter(IStorage storage, string? failOn = null, int liveStateMegabytes = 32)
    {
        var bot = new LambdaBot((context, ct) =>
        {
            var notes = context.State.Conversation.GetOrAdd("notes", () => new Notes());
            _seen.Add(notes);
            notes.Lines.Add(context.Activity.Text!);
            return context.Activity.Text == failOn ? throw new InvalidOperationException("boom") : Task.CompletedTask;
        });
        var options = new BotAdapterOptions { TypingDelay = TimeSpan.Zero, LiveStateMegabytes = liveStateMegabytes };
        return new BotAdapter(bot, storage, new RecordingSender(), Options.Create(options), NullLogger<BotAdapter>.Instance);
    }

    private sealed class Notes
    {
        public List<string> Lines { get; init; } = [];
    }
}
