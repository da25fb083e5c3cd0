using System.Text;
using ReviewBot.Builder.State;

namespace ReviewBot.Builder.Tests.State;

/// <summary>
/// A saved bag carried over to the next turn hands out the very objects it had live, as if read from the saved
/// document, and writes back byte for byte whatever the next turn does not take.
/// </summary>
public sealed class StateBagCarryOverTests
{
    private const string Stored = """{"ids":["a1"],"untouched":{"note":"原样保留","n":1.50},"count":0,"limit":5}""";

    [Fact]
    public void A_value_the_turn_had_live_is_the_same_object_next_turn_and_counts_as_read()
    {
        var bag = new StateBag("c", Stored, "e1");
        var ids = bag.Get<List<string>>("ids")!;
        ids.Add("a2");
        var saved = bag.SerializeUtf8()!;

        var next = bag.CarryOver(saved, "e2");

        Assert.Equal("e2", next.ETag);
        Assert.Same(ids, next.Get<List<string>>("ids"));
        Assert.Null(next.SerializeUtf8()); // taken, unchanged: nothing to write
        ids.Add("a3");
        Assert.Contains("\"ids\":[\"a1\",\"a2\",\"a3\"]", Encoding.UTF8.GetString(next.SerializeUtf8()!), StringComparison.Ordinal);
    }

    [Fact]
    public void Values_the_next_turn_does_not_take_are_written_back_as_saved()
    {
        var bag = new StateBag("c", Stored, "e1");
        bag.Get<Dictionary<string, object>>("untouched");
        bag.Get<List<string>>("ids")!.Add("a2");
        var saved = bag.SerializeUtf8()!;
        var next = bag.CarryOver(saved, "e2");

        next.Set("count", 1);

        var written = Encoding.UTF8.GetString(next.SerializeUtf8()!);
        Assert.Contains("\"untouched\":{\"note\":\"原样保留\",\"n\":1.50}", written, StringComparison.Ordinal);
        Assert.Contains("\"count\":1", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_types_are_carried_and_values_never_read_still_come_from_the_document()
    {
        var bag = new StateBag("c", Stored, "e1");
        Assert.Equal(0, bag.Get<int>("count"));
        var next = bag.CarryOver(null, "e1");

        Assert.Equal(0, next.Get<int>("count"));
        Assert.Equal(5, next.Get<int>("limit"));
    }

    [Fact]
    public void A_bag_that_was_not_written_carries_its_values_over_the_same_document()
    {
        var bag = new StateBag("c", Stored, "e1");
        var ids = bag.Get<List<string>>("ids");
        Assert.Null(bag.SerializeUtf8());

        var next = bag.CarryOver(null, "e1");

        Assert.Same(ids, next.Get<List<string>>("ids"));
        Assert.Equal(bag.StoredLength, next.StoredLength);
    }

    [Fact]
    public void Removed_values_are_not_carried_and_a_value_read_by_its_own_reader_is_not_read_again()
    {
        var bag = new StateBag("c", Stored, "e1");
        var reads = 0;
        var slice = bag.GetOrAdd("untouched", () => new Slice(default), utf8 => { reads++; return new Slice(utf8); });
        bag.Get<List<string>>("ids");
        bag.Remove("ids");
        var next = bag.CarryOver(bag.SerializeUtf8()!, "e2");

        Assert.Null(next.Get<List<string>>("ids"));
        Assert.Same(slice, next.GetOrAdd("untouched", () => new Slice(default), utf8 => { reads++; return new Slice(utf8); }));
        Assert.Equal(1, reads);
        Assert.Equal("""{"note":"原样保留","n":1.50}""", Encoding.UTF8.GetString(slice.Utf8.Span)); // the loaded bytes never change
    }

    private sealed record Slice(ReadOnlyMemory<byte> Utf8);

    [Fact]
    public void A_change_tracked_value_with_changes_is_read_again_next_turn()
    {
        var bag = new StateBag("c", """{"index":{"items":["一"]}}""", "e1");
        var index = bag.GetOrAdd("index", () => new TrackedList());
        index.Add("二");
        var next = bag.CarryOver(bag.SerializeUtf8()!, "e2");

        var read = next.GetOrAdd("index", () => new TrackedList());

        Assert.NotSame(index, read);
        Assert.Equal(["一", "二"], read.Items);
        Assert.False(read.HasChanges);
        Assert.Null(next.SerializeUtf8());
    }

    [Fact]
    public void An_unchanged_change_tracked_value_is_carried_and_written_back_without_serializing()
    {
        var bag = new StateBag("c", """{"index":{"items":["一"]}}""", "e1");
        var index = bag.GetOrAdd("index", () => new TrackedList());
        var next = bag.CarryOver(null, "e1");

        Assert.Same(index, next.GetOrAdd("index", () => new TrackedList()));
        Assert.Null(next.SerializeUtf8());
        index.Add("二");
        Assert.Contains("\"二\"", Encoding.UTF8.GetString(next.SerializeUtf8()!), StringComparison.Ordinal);
    }

    private sealed class TrackedList : IChangeTracked
    {
        public List<string> Items { get; init; } = [];

        [System.Text.Json.Serialization.JsonIgnore]
        public bool HasChanges { get; private set; }

        public void Add(string item)
        {
            Items.Add(item);
            HasChanges = true;
        }
    }
}
