using System.Text.Json.Serialization;
using ReviewBot.Builder.State;

namespace ReviewBot.Builder.Tests.State;

/// <summary>A value that tracks its own changes is written back as stored while unchanged, and serialized once changed.</summary>
public sealed class ChangeTrackedStateTests
{
    // Spacing the serializer would not write: a re-serialized value would differ from the stored bytes.
    private const string Stored = """{"list":{ "items" : ["a"] },"other":1}""";

    [Fact]
    public void An_unchanged_value_read_from_the_store_leaves_the_document_unchanged()
    {
        var bag = new StateBag("k", Stored, "1");

        var list = bag.Get<TrackedList>("list")!;

        Assert.Equal(["a"], list.Items);
        Assert.Null(bag.Serialize());
    }

    [Fact]
    public void A_changed_value_is_serialized()
    {
        var bag = new StateBag("k", Stored, "1");

        bag.GetOrAdd("list", () => new TrackedList()).Add("b");

        Assert.Equal("""{"list":{"items":["a","b"]},"other":1}""", bag.Serialize());
    }

    [Fact]
    public void Another_object_set_under_the_name_is_serialized_even_when_it_reports_no_change()
    {
        var bag = new StateBag("k", Stored, "1");
        bag.Get<TrackedList>("list");

        bag.Set("list", new TrackedList());

        Assert.Equal("""{"list":{"items":[]},"other":1}""", bag.Serialize());
    }

    [Fact]
    public void A_value_removed_and_added_again_is_serialized()
    {
        var bag = new StateBag("k", Stored, "1");
        var list = bag.Get<TrackedList>("list")!;

        bag.Remove("list");
        bag.Set("list", list);

        // Serialized again (the stored spacing is gone), in its stored place.
        Assert.Equal("""{"list":{"items":["a"]},"other":1}""", bag.Serialize());
    }

    [Fact]
    public void A_new_value_is_written_even_unchanged()
    {
        var bag = new StateBag("k", """{"other":1}""", "1");

        bag.GetOrAdd("list", () => new TrackedList());

        Assert.Equal("""{"other":1,"list":{"items":[]}}""", bag.Serialize());
    }

    private sealed class TrackedList : IChangeTracked
    {
        private readonly List<string> _items;

        public TrackedList()
            : this(null)
        {
        }

        [JsonConstructor]
        public TrackedList(IReadOnlyList<string>? items) => _items = items is null ? [] : [.. items];

        public IReadOnlyList<string> Items => _items;

        [JsonIgnore]
        public bool HasChanges { get; private set; }

        public void Add(string item)
        {
            _items.Add(item);
            HasChanges = true;
        }
    }
}
