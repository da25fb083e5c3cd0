using System.Text.Json;
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
        var bag = new StateBag("k");
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

    [Fact]
    public void Properties_that_were_not_read_are_written_back_exactly_as_stored()
    {
        const string other = """{"title":"某市司法局党组\u0041","n":[1,2.50,{"x":null}]}""";
        var bag = new StateBag("k", "{\"answers\":{\"items\":[]},\"other\":" + other + "}", "1");
        bag.GetOrAdd("answers", () => new Answers()).Items.Add("一");

        var json = bag.Serialize();

        Assert.Equal("{\"answers\":{\"items\":[\"一\"]},\"other\":" + other + "}", json);
    }

    [Fact]
    public void A_live_object_whose_changes_were_undone_leaves_the_bag_unchanged()
    {
        var bag = new StateBag("k", """{"answers":{"items":["一"]},"keep":2}""", "1");
        var answers = bag.GetOrAdd("answers", () => new Answers());
        answers.Items.Add("二");
        answers.Items.RemoveAt(1);

        Assert.Null(bag.Serialize());
    }

    [Fact]
    public void Reading_an_absent_property_does_not_change_the_document()
    {
        var bag = new StateBag("k", """{"keep":2}""", "1");

        Assert.Null(bag.Get<Answers>("answers"));
        Assert.Null(bag.Serialize());
    }

    [Fact]
    public void A_stored_null_reads_as_default_even_for_value_types()
    {
        var bag = new StateBag("k", """{"count":null,"answers":null}""", "1");

        Assert.Equal(0, bag.Get<int>("count"));
        Assert.Equal(["新"], bag.GetOrAdd("answers", () => new Answers { Items = ["新"] }).Items);
    }

    [Fact]
    public void A_removed_property_reads_as_absent_until_set_again()
    {
        var bag = new StateBag("k", """{"answers":{"items":["一"]}}""", "1");
        bag.Remove("answers");
        Assert.Null(bag.Get<Answers>("answers"));
        Assert.False(bag.Contains("answers"));

        bag.Set("answers", new Answers { Items = ["二"] });

        Assert.Equal(["二"], new StateBag("k", bag.Serialize(), "2").Get<Answers>("answers")!.Items);
    }

    [Fact]
    public void New_properties_are_added_after_the_stored_ones()
    {
        var bag = new StateBag("k", """{"keep":2}""", "1");
        bag.Set("count", 3);

        Assert.Equal("""{"keep":2,"count":3}""", bag.Serialize());
    }

    [Theory]
    [InlineData("{\"a\":")]
    [InlineData("{\"a\":1} trailing")]
    [InlineData("")]
    public void A_document_that_is_not_valid_JSON_is_refused(string json)
    {
        Assert.ThrowsAny<JsonException>(() => new StateBag("k", json, "1"));
    }

    [Fact]
    public void A_document_that_is_not_an_object_reads_as_empty()
    {
        var bag = new StateBag("k", "[1,2]", "1");

        Assert.Null(bag.Get<Answers>("answers"));
        bag.Set("count", 1);
        Assert.Equal("""{"count":1}""", bag.Serialize());
    }

    [Fact]
    public void A_custom_reader_gets_the_stored_bytes_of_the_property_and_its_result_stays_live()
    {
        var bag = new StateBag("k", """{"before":1,"answers":{"items":["一","二"]},"after":[2]}""", "1");
        var calls = 0;

        var first = bag.GetOrAdd("answers", () => new Answers(), utf8 =>
        {
            calls++;
            Assert.Equal("""{"items":["一","二"]}""", System.Text.Encoding.UTF8.GetString(utf8.Span));
            return JsonSerializer.Deserialize<Answers>(utf8.Span, StateBag.JsonOptions)!;
        });
        var second = bag.GetOrAdd("answers", () => new Answers(), _ => throw new InvalidOperationException("read twice"));

        Assert.Same(first, second);
        Assert.Equal(1, calls);
        Assert.Equal(["一", "二"], first.Items);
        Assert.Null(bag.Serialize());
    }

    [Theory]
    [InlineData("""{"answers":null}""")]
    [InlineData("""{"other":1}""")]
    [InlineData(null)]
    public void A_custom_reader_is_not_asked_for_a_missing_or_null_property(string? json)
    {
        var bag = new StateBag("k", json, "1");

        var answers = bag.GetOrAdd("answers", () => new Answers { Items = ["新"] }, _ => throw new InvalidOperationException("read"));

        Assert.Equal(["新"], answers.Items);
    }

    [Fact]
    public void A_property_removed_this_turn_is_not_read_by_a_custom_reader()
    {
        var bag = new StateBag("k", """{"answers":{"items":["一"]}}""", "1");
        bag.Remove("answers");

        var answers = bag.GetOrAdd("answers", () => new Answers(), _ => throw new InvalidOperationException("read"));

        Assert.Empty(answers.Items);
    }

    [Fact]
    public void A_custom_reader_that_refuses_the_JSON_leaves_the_property_unread()
    {
        var bag = new StateBag("k", """{"answers":5}""", "1");

        Assert.Throws<JsonException>(() => bag.GetOrAdd<Answers>("answers", () => new Answers(), _ => throw new JsonException("not answers")));
        Assert.Null(bag.Serialize());
    }

    [Fact]
    public void The_JSON_settings_are_fixed_from_the_start_so_a_first_read_can_take_typed_metadata()
    {
        // A process that only reads in its first turn (a restart with stored state) must not find the settings unresolved.
        Assert.True(StateBag.JsonOptions.IsReadOnly);
        Assert.NotNull(StateBag.JsonOptions.TypeInfoResolver);

        var answers = new StateBag("k", """{"answers":{"items":["一"]}}""", "1").Get<Answers>("answers");

        Assert.Equal(["一"], answers!.Items);
    }

    [Fact]
    public void A_property_stored_twice_reads_as_its_last_value_and_is_written_once()
    {
        var bag = new StateBag("k", """{"a":1,"b":2,"a":3}""", "1");

        Assert.Equal(3, bag.Get<int>("a"));
        bag.Set("b", 5);
        Assert.Equal("""{"b":5,"a":3}""", bag.Serialize());
    }

    [Fact]
    public void Documents_saved_one_after_another_do_not_share_leftover_bytes()
    {
        var large = new StateBag("k");
        large.Set("text", new string('长', 5000));
        var small = new StateBag("k", """{"keep":true}""", "1");
        small.Set("n", 1);

        Assert.Equal(5000, JsonDocument.Parse(large.Serialize()!).RootElement.GetProperty("text").GetString()!.Length);
        Assert.Equal("""{"keep":true,"n":1}""", small.Serialize());
        Assert.Null(new StateBag("k", """{"n":1}""", "1").Serialize());
    }
}
