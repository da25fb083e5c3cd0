using ReviewBot.Drafts.Composition;

namespace ReviewBot.Drafts.Tests.Composition;

public sealed class SlotTemplateTests
{
    private static readonly Dictionary<string, string?> Values = new() { ["unit"] = "某局", ["portfolio"] = null };

    [Fact]
    public void Slots_are_filled_and_missing_ones_marked()
    {
        Assert.Equal("某局召开【待补：year】", SlotTemplate.Fill("{unit}召开{year}", Values, name => $"【待补：{name}】"));
    }

    [Fact]
    public void Optional_segments_drop_when_a_slot_inside_has_no_value()
    {
        Assert.Equal("本人对照", SlotTemplate.Fill("本人[[结合分管的{portfolio}工作，]]对照", Values, _ => "X"));
        Assert.Equal("本人结合某局，对照", SlotTemplate.Fill("本人[[结合{unit}，]]对照", Values, _ => "X"));
    }

    [Theory]
    [InlineData("{unit}", true)]
    [InlineData("{unit", false)]
    [InlineData("unit}", false)]
    [InlineData("[[{unit}", false)]
    [InlineData("[[{unit}]]", true)]
    public void Malformed_templates_are_detected(string template, bool wellFormed)
    {
        Assert.Equal(wellFormed, SlotTemplate.IsWellFormed(template));
    }

    [Fact]
    public void Slot_names_are_listed_once()
    {
        Assert.Equal(["unit", "year"], SlotTemplate.SlotNames("{unit}{year}{unit}"));
    }
}
