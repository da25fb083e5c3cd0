using ReviewBot.Builder.State;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Tests.Dialogs;
using ReviewBot.Interview.Workspace;

namespace ReviewBot.Interview.Tests.Workspace;

/// <summary>DraftStore over turn documents that are saved after each turn and reloaded by the next one.</summary>
public sealed class DraftStoreTests
{
    private readonly Dictionary<string, string> _saved = new(StringComparer.Ordinal);
    private readonly DraftOwner _owner = new("user/msteams/t1/29:user-a", false);

    private TurnState NewTurn() => new(new StateBag("conv"), new StateBag("user"),
        (key, _) => Task.FromResult(new StateBag(key, _saved.GetValueOrDefault(key), null)));

    private void EndTurn(TurnState turn)
    {
        foreach (var document in turn.AllDocuments)
        {
            if (document.Serialize() is { } json)
            {
                _saved[document.Key] = json;
            }
        }
    }

    private async Task<T> InTurnAsync<T>(Func<DraftStore, Task<T>> work, DraftOwner? owner = null)
    {
        var turn = NewTurn();
        var result = await work(new DraftStore(turn, owner ?? _owner, TimeProvider.System));
        EndTurn(turn);
        return result;
    }

    [Fact]
    public async Task A_saved_draft_is_read_back_in_a_later_turn_and_becomes_active()
    {
        var draft = TestDrafts.Sample();

        var stamped = await InTurnAsync(store => store.SaveAsync(draft, CancellationToken.None));
        var read = await InTurnAsync(store => store.GetActiveAsync(CancellationToken.None));

        Assert.NotNull(read);
        Assert.Equal("d1", read.Id);
        Assert.Equal(["p1", "p2"], read.Aspects[0].Problems.Select(p => p.Id));
        Assert.Equal("张三", read.Aspects[0].Problems[0].Contributor?.Name);
        Assert.NotEqual(default, stamped.CreatedAt);
        Assert.Equal(stamped.UpdatedAt, read.UpdatedAt);
    }

    [Fact]
    public async Task The_latest_saved_draft_is_active_and_listed_first()
    {
        await InTurnAsync(store => store.SaveAsync(TestDrafts.Sample(), CancellationToken.None));
        await InTurnAsync(store => store.SaveAsync(TestDrafts.Sample() with { Id = "d2", Title = "第二份" }, CancellationToken.None));

        var index = await InTurnAsync(store => store.GetIndexAsync(CancellationToken.None));

        Assert.Equal("d2", index.ActiveDraftId);
        Assert.Equal(["d2", "d1"], index.Drafts.Select(d => d.Id));
    }

    [Fact]
    public async Task Switching_and_renaming_are_kept()
    {
        await InTurnAsync(store => store.SaveAsync(TestDrafts.Sample(), CancellationToken.None));
        await InTurnAsync(store => store.SaveAsync(TestDrafts.Sample() with { Id = "d2" }, CancellationToken.None));

        Assert.True(await InTurnAsync(store => store.SetActiveAsync("d1", CancellationToken.None)));
        Assert.Equal("d1", (await InTurnAsync(store => store.GetActiveAsync(CancellationToken.None)))!.Id);
        Assert.True(await InTurnAsync(store => store.RenameAsync("d2", "新名称", CancellationToken.None)));
        var index = await InTurnAsync(store => store.GetIndexAsync(CancellationToken.None));
        Assert.Equal("新名称", index.Drafts.Single(d => d.Id == "d2").Title);
        Assert.Equal("新名称", (await InTurnAsync(store => store.GetAsync("d2", CancellationToken.None)))!.Title);
    }

    [Fact]
    public async Task Unknown_ids_are_refused()
    {
        Assert.False(await InTurnAsync(store => store.SetActiveAsync("nope", CancellationToken.None)));
        Assert.False(await InTurnAsync(store => store.RenameAsync("nope", "x", CancellationToken.None)));
        Assert.False(await InTurnAsync(store => store.DeleteAsync("nope", CancellationToken.None)));
        Assert.Null(await InTurnAsync(store => store.GetActiveAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Deleting_the_active_draft_empties_it_and_activates_the_next()
    {
        await InTurnAsync(store => store.SaveAsync(TestDrafts.Sample(), CancellationToken.None));
        await InTurnAsync(store => store.SaveAsync(TestDrafts.Sample() with { Id = "d2" }, CancellationToken.None));

        Assert.True(await InTurnAsync(store => store.DeleteAsync("d2", CancellationToken.None)));

        Assert.Null(await InTurnAsync(store => store.GetAsync("d2", CancellationToken.None)));
        Assert.Equal("d1", (await InTurnAsync(store => store.GetActiveAsync(CancellationToken.None)))!.Id);
        Assert.DoesNotContain("12348", _saved.Where(kv => kv.Key.EndsWith("/d2", StringComparison.Ordinal)).Select(kv => kv.Value).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_owner_sees_none_of_the_drafts()
    {
        await InTurnAsync(store => store.SaveAsync(TestDrafts.Sample(), CancellationToken.None));
        var other = new DraftOwner("user/msteams/t1/29:user-b", false);

        Assert.Empty((await InTurnAsync(store => store.GetIndexAsync(CancellationToken.None), other)).Drafts);
        Assert.Null(await InTurnAsync(store => store.GetAsync("d1", CancellationToken.None), other));
    }

    [Fact]
    public async Task Model_usage_adds_up_on_the_draft_without_stamping_it_as_edited_or_switching_the_active_draft()
    {
        var first = await InTurnAsync(store => store.SaveAsync(TestDrafts.Sample(), CancellationToken.None));
        await InTurnAsync(store => store.SaveAsync(TestDrafts.Sample() with { Id = "d2", Title = "另一份" }, CancellationToken.None));

        await InTurnAsync(store => store.AddModelUsageAsync("d1", new ModelUsage(2, 0, 0, 300, 100), CancellationToken.None));
        var added = await InTurnAsync(store => store.AddModelUsageAsync("d1", new ModelUsage(1, 1, 1, 50, 25), CancellationToken.None));
        var missing = await InTurnAsync(store => store.AddModelUsageAsync("nope", ModelUsage.Zero, CancellationToken.None));

        var read = await InTurnAsync(store => store.GetAsync("d1", CancellationToken.None));
        var active = await InTurnAsync(store => store.GetActiveAsync(CancellationToken.None));
        Assert.True(added);
        Assert.False(missing);
        Assert.Equal(new ModelUsage(3, 1, 1, 350, 125), read!.ModelUsage);
        Assert.Equal(first.UpdatedAt, read.UpdatedAt);
        Assert.Equal("d2", active!.Id);
    }
}
