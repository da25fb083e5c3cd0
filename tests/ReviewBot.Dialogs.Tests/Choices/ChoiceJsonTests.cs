using System.Text.Json;
using ReviewBot.Dialogs.Choices;

namespace ReviewBot.Dialogs.Tests.Choices;

/// <summary>
/// How choices and found choices read and write as JSON (in prompt options and prompt results). The serializer fills
/// their properties in rather than calling the positional constructor; what it accepts and refuses stays the same.
/// </summary>
public sealed class ChoiceJsonTests
{
    [Theory]
    [InlineData("""{"value":"采用"}""", "采用", null, null)]
    [InlineData("""{"VALUE":"a","Title":"T","synonyms":["x","y"]}""", "a", "T", "x|y")]
    [InlineData("""{"title":"t"}""", null, "t", null)]
    [InlineData("""{"value":null,"synonyms":null}""", null, null, null)]
    [InlineData("""{"value":"a","value":"b"}""", "b", null, null)]
    [InlineData("""{"value":"a","future":{"x":[1]},"displayTitle":"ignored"}""", "a", null, null)]
    [InlineData("""{"synonyms":[],"value":"\u95EE"}""", "问", null, "")]
    public void A_choice_reads_its_value_title_and_synonyms(string json, string? value, string? title, string? synonyms)
    {
        var choice = JsonSerializer.Deserialize<Choice>(json, DialogJson.Options)!;

        Assert.Equal(value, choice.Value);
        Assert.Equal(title, choice.Title);
        Assert.Equal(synonyms, choice.Synonyms is null ? null : string.Join('|', choice.Synonyms));
    }

    [Theory]
    [InlineData("""{"value":5}""")]
    [InlineData("""{"value":"a","synonyms":"x"}""")]
    [InlineData("""["a"]""")]
    [InlineData("""{"value":"a","title":{}}""")]
    public void A_choice_of_the_wrong_shape_is_refused(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Choice>(json, DialogJson.Options));
    }

    [Fact]
    public void A_choice_writes_its_set_fields_only()
    {
        Assert.Equal("""{"value":"修改","synonyms":["改"]}""", JsonSerializer.Serialize(new Choice("修改") { Synonyms = ["改"] }, DialogJson.Options));
        Assert.Equal("""{"value":"a","title":"甲"}""", JsonSerializer.Serialize(new Choice("a") { Title = "甲" }, DialogJson.Options));
    }

    [Theory]
    [InlineData("""{"value":"采用","index":2,"title":"采用了"}""", "采用", 2, "采用了")]
    [InlineData("""{"Value":"a"}""", "a", 0, null)]
    [InlineData("""{"index":"3","extra":true}""", null, 3, null)]
    [InlineData("""{"index":1,"index":4,"title":null}""", null, 4, null)]
    public void A_found_choice_reads_its_value_position_and_title(string json, string? value, int index, string? title)
    {
        var found = JsonSerializer.Deserialize<FoundChoice>(json, DialogJson.Options)!;

        Assert.Equal(new FoundChoice(value!, index, title!), found);
    }

    [Theory]
    [InlineData("""{"value":"a","index":1.5}""")]
    [InlineData("""{"value":"a","index":null}""")]
    [InlineData("""{"value":["a"]}""")]
    public void A_found_choice_of_the_wrong_shape_is_refused(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<FoundChoice>(json, DialogJson.Options));
    }

    [Fact]
    public void A_found_choice_survives_a_prompt_result_round_trip()
    {
        var found = new FoundChoice("不要这条", 5, "不要\"这条\"");

        Assert.Equal(found, DialogJson.Read<FoundChoice>(DialogJson.ToElement(found)));
    }
}
