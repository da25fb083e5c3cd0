using System.Text;
using ReviewBot.Builder.Storage;

namespace ReviewBot.Storage.Tests.State;

/// <summary>
/// The behaviour every <see cref="IStorage"/> provider must share; run against Memory, SQLite and PostgreSQL by the subclasses.
/// ETag rules: "*" unconditional, null/"" create-only, anything else must match; a failed condition writes nothing of the batch.
/// </summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private readonly List<Func<ValueTask>> _cleanup = [];

    protected CancellationToken Ct => _timeout.Token;

    /// <summary>A new, empty store. May skip the test (PostgreSQL not installed).</summary>
    protected abstract Task<(IStorage Storage, Func<ValueTask> Dispose)> CreateStorageAsync();

    [SkippableFact]
    public async Task Reading_missing_keys_returns_no_documents()
    {
        var storage = await NewStorageAsync();

        var found = await storage.ReadAsync(["missing", "also-missing"], Ct);

        Assert.Empty(found);
    }

    [SkippableFact]
    public async Task Create_only_write_with_null_etag_creates_the_document()
    {
        var storage = await NewStorageAsync();

        var etags = await storage.WriteAsync([new StorageWrite("conv/1", """{"step":1}""", null)], Ct);

        var found = await storage.ReadAsync(["conv/1"], Ct);
        Assert.Equal("""{"step":1}""", found["conv/1"].Json);
        Assert.Equal(etags["conv/1"], found["conv/1"].ETag);
    }

    [SkippableFact]
    public async Task Create_only_write_with_empty_etag_creates_the_document()
    {
        var storage = await NewStorageAsync();

        await storage.WriteAsync([new StorageWrite("conv/1", """{"step":1}""", "")], Ct);

        Assert.Equal("""{"step":1}""", (await storage.ReadAsync(["conv/1"], Ct))["conv/1"].Json);
    }

    [SkippableTheory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Create_only_write_on_an_existing_key_conflicts_and_keeps_the_document(string? etag)
    {
        var storage = await NewStorageAsync();
        var first = await storage.WriteAsync([new StorageWrite("conv/1", """{"v":"first"}""", null)], Ct);

        var error = await Assert.ThrowsAsync<StorageConflictException>(
            () => storage.WriteAsync([new StorageWrite("conv/1", """{"v":"second"}""", etag)], Ct));

        Assert.Equal("conv/1", error.Key);
        Assert.Equal(new StoredDocument("""{"v":"first"}""", first["conv/1"]), (await storage.ReadAsync(["conv/1"], Ct))["conv/1"]);
    }

    [SkippableFact]
    public async Task Star_etag_writes_unconditionally_whether_the_key_exists_or_not()
    {
        var storage = await NewStorageAsync();

        await storage.WriteAsync([new StorageWrite("k", """{"v":1}""", "*")], Ct);
        await storage.WriteAsync([new StorageWrite("k", """{"v":2}""", "*")], Ct);

        Assert.Equal("""{"v":2}""", (await storage.ReadAsync(["k"], Ct))["k"].Json);
    }

    [SkippableFact]
    public async Task Matching_etag_replaces_the_document_and_returns_a_fresh_etag()
    {
        var storage = await NewStorageAsync();
        var first = (await storage.WriteAsync([new StorageWrite("k", """{"v":1}""", null)], Ct))["k"];

        var second = (await storage.WriteAsync([new StorageWrite("k", """{"v":2}""", first)], Ct))["k"];

        Assert.NotEqual(first, second);
        Assert.False(string.IsNullOrEmpty(second));
        Assert.Equal(new StoredDocument("""{"v":2}""", second), (await storage.ReadAsync(["k"], Ct))["k"]);
    }

    [SkippableFact]
    public async Task Stale_etag_conflicts_and_keeps_the_newer_document()
    {
        var storage = await NewStorageAsync();
        var first = (await storage.WriteAsync([new StorageWrite("k", """{"v":1}""", null)], Ct))["k"];
        var second = (await storage.WriteAsync([new StorageWrite("k", """{"v":2}""", first)], Ct))["k"];

        await Assert.ThrowsAsync<StorageConflictException>(
            () => storage.WriteAsync([new StorageWrite("k", """{"v":"stale"}""", first)], Ct));

        Assert.Equal(new StoredDocument("""{"v":2}""", second), (await storage.ReadAsync(["k"], Ct))["k"]);
    }

    [SkippableFact]
    public async Task Etag_for_a_missing_key_conflicts_and_creates_nothing()
    {
        var storage = await NewStorageAsync();

        await Assert.ThrowsAsync<StorageConflictException>(
            () => storage.WriteAsync([new StorageWrite("k", """{"v":1}""", "some-old-etag")], Ct));

        Assert.Empty(await storage.ReadAsync(["k"], Ct));
    }

    [SkippableFact]
    public async Task Batch_with_one_bad_etag_writes_nothing()
    {
        var storage = await NewStorageAsync();
        var existing = await storage.WriteAsync(
            [new StorageWrite("a-user", """{"v":"a1"}""", null), new StorageWrite("z-conv", """{"v":"z1"}""", null)], Ct);

        // "z-conv" sorts last, so the good statements before it have run by the time its condition fails.
        var error = await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(
            [
                new StorageWrite("a-user", """{"v":"a2"}""", existing["a-user"]),
                new StorageWrite("m-new", """{"v":"m1"}""", null),
                new StorageWrite("n-any", """{"v":"n1"}""", "*"),
                new StorageWrite("z-conv", """{"v":"z2"}""", "not-the-etag"),
            ], Ct));

        Assert.Equal("z-conv", error.Key);
        var found = await storage.ReadAsync(["a-user", "m-new", "n-any", "z-conv"], Ct);
        Assert.Equal(2, found.Count);
        Assert.Equal(new StoredDocument("""{"v":"a1"}""", existing["a-user"]), found["a-user"]);
        Assert.Equal(new StoredDocument("""{"v":"z1"}""", existing["z-conv"]), found["z-conv"]);
    }

    [SkippableFact]
    public async Task Batch_returns_the_new_etag_of_every_key()
    {
        var storage = await NewStorageAsync();

        var etags = await storage.WriteAsync(
            [new StorageWrite("b", "{}", null), new StorageWrite("a", "[]", "*")], Ct);

        var found = await storage.ReadAsync(["a", "b"], Ct);
        Assert.Equal(etags["a"], found["a"].ETag);
        Assert.Equal(etags["b"], found["b"].ETag);
        Assert.NotEqual(etags["a"], etags["b"]);
    }

    [SkippableFact]
    public async Task Delete_removes_documents_and_ignores_missing_keys()
    {
        var storage = await NewStorageAsync();
        await storage.WriteAsync([new StorageWrite("a", "1", null), new StorageWrite("b", "2", null)], Ct);

        await storage.DeleteAsync(["a", "never-written"], Ct);

        var found = await storage.ReadAsync(["a", "b"], Ct);
        Assert.Equal(["b"], found.Keys);
    }

    [SkippableFact]
    public async Task Deleted_key_can_be_created_again_with_a_null_etag()
    {
        var storage = await NewStorageAsync();
        await storage.WriteAsync([new StorageWrite("a", "1", null)], Ct);
        await storage.DeleteAsync(["a"], Ct);

        await storage.WriteAsync([new StorageWrite("a", "2", null)], Ct);

        Assert.Equal("2", (await storage.ReadAsync(["a"], Ct))["a"].Json);
    }

    [SkippableFact]
    public async Task Chinese_emoji_and_escaped_text_round_trip_exactly()
    {
        var storage = await NewStorageAsync();
        const string json = """{"问题":"理论学习不够深入，存在“学用脱节”现象","整改时限":"2024年6月底","emoji":"👩‍💻✅","rtl":"שלום","escapes":"tab\tnul\u0000quote\"","键名 带空格":[1,2.5,true,null]}""";
        const string key = "msteams/对话:19:abc@thread.v2/用户";

        await storage.WriteAsync([new StorageWrite(key, json, null)], Ct);

        Assert.Equal(json, (await storage.ReadAsync([key], Ct))[key].Json);
    }

    [SkippableFact]
    public async Task Document_of_one_megabyte_round_trips()
    {
        var storage = await NewStorageAsync();
        var text = new StringBuilder();
        for (var line = 0; Encoding.UTF8.GetByteCount(text.ToString()) < 1024 * 1024; line += 1000)
        {
            for (var i = line; i < line + 1000; i++)
            {
                text.Append("加强党性修养，坚定理想信念。第").Append(i).Append('条');
            }
        }
        var json = $$"""{"draft":"{{text}}"}""";
        Assert.True(Encoding.UTF8.GetByteCount(json) >= 1024 * 1024);

        await storage.WriteAsync([new StorageWrite("big", json, null)], Ct);

        Assert.Equal(json, (await storage.ReadAsync(["big"], Ct))["big"].Json);
    }

    [SkippableFact]
    public async Task Concurrent_writers_with_the_same_etag_exactly_one_wins()
    {
        var storage = await NewStorageAsync();
        var etag = (await storage.WriteAsync([new StorageWrite("conv", """{"writer":"none"}""", null)], Ct))["conv"];
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                var written = await storage.WriteAsync([new StorageWrite("conv", $$"""{"writer":{{i}}}""", etag)], Ct);
                return (Writer: i, ETag: written["conv"]);
            }
            catch (StorageConflictException)
            {
                return (Writer: i, ETag: (string?)null);
            }
        })).ToArray();

        start.SetResult();
        var results = await Task.WhenAll(writers);

        var winner = Assert.Single(results, r => r.ETag is not null);
        Assert.Equal(new StoredDocument($$"""{"writer":{{winner.Writer}}}""", winner.ETag!), (await storage.ReadAsync(["conv"], Ct))["conv"]);
    }

    [SkippableFact]
    public async Task Empty_batches_do_nothing()
    {
        var storage = await NewStorageAsync();

        Assert.Empty(await storage.WriteAsync([], Ct));
        Assert.Empty(await storage.ReadAsync([], Ct));
        await storage.DeleteAsync([], Ct);
    }

    [SkippableFact]
    public async Task Batch_naming_a_key_twice_is_rejected_and_writes_nothing()
    {
        var storage = await NewStorageAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(
            [new StorageWrite("a", "1", null), new StorageWrite("b", "2", null), new StorageWrite("a", "3", "*")], Ct));

        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
        Assert.Empty(await storage.ReadAsync(["a", "b"], Ct));
    }

    [SkippableFact]
    public async Task Empty_key_is_rejected()
    {
        var storage = await NewStorageAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync([new StorageWrite("", "1", null)], Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.ReadAsync([""], Ct));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var dispose in _cleanup)
        {
            await dispose();
        }
        _timeout.Dispose();
    }

    private async Task<IStorage> NewStorageAsync()
    {
        var (storage, dispose) = await CreateStorageAsync();
        _cleanup.Add(dispose);
        return storage;
    }
}
