using ReviewBot.Builder.State;

namespace ReviewBot.Builder.Tests.State;

public sealed class StateBagTests
{
    private sealed class Answers
    {
        public List<string> Items { get; set; } = [];
    }

    [Fact]
    public void A_bag_that_was_only_read_is_not_written()
    {
        var bag = new StateBag("k", """{"answers":{"items":["一"]}}""", "1");
        _ = bag.Get<Answers>("answers");

        Assert.Null(bag.Serialize());
    }

    [Fact]
    public void Live_objects_are_written_back_with_their_changes()
    {
        var bag = new StateBag("k", null, null);
        bag.GetOrAdd("answers", () => new Answers()).Items.Add("理论学习不够深入");

        var json = bag.Serialize();

        var reloaded = new StateBag("k", json, "2").Get<Answers>("answers");
        Assert.Equal(["理论学习不够深入"], reloaded!.Items);
        Assert.Contains("理论学习", json!, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_property_drops_it_from_the_document()
    {
        var bag = new StateBag("k", """{"dialogState":{"x":1},"keep":2}""", "1");
        bag.Remove("dialogState");

        Assert.Equal("""{"keep":2}""", bag.Serialize());
    }
}
