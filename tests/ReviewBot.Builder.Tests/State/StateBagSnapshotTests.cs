using System.Text;
using ReviewBot.Builder.State;

namespace ReviewBot.Builder.Tests.State;

/// <summary>
/// A value read as a snapshot is written back as stored, not serialized again: changes go through Set, and taking the
/// value live (Get) or removing it works as before.
/// </summary>
public sealed class StateBagSnapshotTests
{
    // Spacing the serializer would not write: a re-serialized value would differ from the stored bytes.
    private const string Stored = """{"item":{ "name" : "原稿", "tags" : ["a"] },"count":0}""";

    [Fact]
    public void A_snapshot_is_written_back_as_stored_even_when_the_object_was_changed()
    {
        var bag = new StateBag("k", Stored, "1");

        var item = bag.GetSnapshot<Item>("item")!;
        item.Tags.Add("not saved");

        Assert.Equal("原稿", item.Name);
        Assert.Null(bag.Serialize());
        bag.Set("count", 1);
        Assert.Equal("""{"item":{ "name" : "原稿", "tags" : ["a"] },"count":1}""", bag.Serialize());
    }

    [Fact]
    public void Repeated_reads_give_the_same_object_and_a_value_set_afterwards_wins()
    {
        var bag = new StateBag("k", Stored, "1");

        var first = bag.GetSnapshot<Item>("item");
        Assert.Same(first, bag.GetSnapshot<Item>("item"));

        var changed = new Item { Name = "改稿", Tags = ["a"] };
        bag.Set("item", changed);

        Assert.Same(changed, bag.GetSnapshot<Item>("item"));
        Assert.Equal("""{"item":{"name":"改稿","tags":["a"]},"count":0}""", bag.Serialize());
    }

    [Fact]
    public void Get_after_a_snapshot_takes_the_same_object_live_so_its_changes_are_saved()
    {
        var bag = new StateBag("k", Stored, "1");
        var snapshot = bag.GetSnapshot<Item>("item")!;

        var live = bag.Get<Item>("item")!;
        live.Tags.Add("b");

        Assert.Same(snapshot, live);
        Assert.Equal("""{"item":{"name":"原稿","tags":["a","b"]},"count":0}""", bag.Serialize());
    }

    [Fact]
    public void A_removed_property_is_not_read_back_from_its_snapshot()
    {
        var bag = new StateBag("k", Stored, "1");
        bag.GetSnapshot<Item>("item");

        bag.Remove("item");

        Assert.Null(bag.GetSnapshot<Item>("item"));
        Assert.Equal("""{"count":0}""", bag.Serialize());
    }

    [Fact]
    public void Absent_and_null_properties_read_as_null_and_stay_absent()
    {
        var bag = new StateBag("k", """{"item":null}""", "1");

        Assert.Null(bag.GetSnapshot<Item>("item"));
        Assert.Null(bag.GetSnapshot<Item>("missing"));
        Assert.Null(bag.Serialize());
    }

    [Fact]
    public void A_snapshot_is_carried_over_to_the_next_turn_as_the_same_object()
    {
        var bag = new StateBag("k", Stored, "1");
        var snapshot = bag.GetSnapshot<Item>("item");
        bag.Set("count", 1);
        var saved = bag.SerializeUtf8()!;

        var next = bag.CarryOver(saved, "2");

        Assert.Same(snapshot, next.GetSnapshot<Item>("item"));
        Assert.Contains("\"item\":{ \"name\" : \"原稿\"", Encoding.UTF8.GetString(saved), StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_replaced_by_a_set_value_is_not_carried_over()
    {
        var bag = new StateBag("k", Stored, "1");
        var snapshot = bag.GetSnapshot<Item>("item");
        var changed = new Item { Name = "改稿" };
        bag.Set("item", changed);
        var saved = bag.SerializeUtf8()!;

        var next = bag.CarryOver(saved, "2");

        var carried = next.GetSnapshot<Item>("item");
        Assert.NotSame(snapshot, carried);
        Assert.Same(changed, carried);
    }

    public sealed class Item
    {
        public string Name { get; set; } = "";
        public List<string> Tags { get; set; } = [];
    }
}
