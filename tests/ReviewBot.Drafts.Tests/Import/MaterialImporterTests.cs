using ReviewBot.Drafts.Import;

namespace ReviewBot.Drafts.Tests.Import;

public sealed class MaterialImporterTests
{
    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "TestData", name));

    [Fact]
    public void Example_material_yields_twelve_problems_in_six_aspects_four_causes_and_four_measures()
    {
        var material = MaterialImporter.Parse(Read("example-2023-banzi-duizhao-jiancha.txt"));

        Assert.Equal(12, material.Problems.Count);
        Assert.Equal(6, material.Problems.Select(p => p.Group).Distinct().Count());
        Assert.Equal("在“理论学习”方面的对照检查情况", material.Problems[0].Group);
        Assert.StartsWith("学习贯彻的深度", material.Problems[0].Headline, StringComparison.Ordinal);
        Assert.StartsWith("二是", material.Problems[1].Text, StringComparison.Ordinal);
        Assert.Equal(4, material.Causes.Count);
        Assert.Equal(4, material.Measures.Count);
        Assert.Equal("筑牢思想根基，保持政治定力", material.Measures[0].Headline);
        Assert.StartsWith("根据关于组织召开", material.Preamble, StringComparison.Ordinal);
        Assert.Empty(material.Unrecognised);
    }

    [Fact]
    public void Arabic_numbering_with_next_step_heading()
    {
        var material = MaterialImporter.Parse(Read("arabic-numbering.txt"));

        Assert.Equal(["理论学习不够系统", "服务群众有差距", "落实制度有松懈"], material.Problems.Select(p => p.Headline));
        Assert.Equal(2, material.Causes.Count);
        Assert.Equal(3, material.Measures.Count);
        Assert.Equal("每月到服务窗口现场办公一次，解决排队问题", material.Measures[1].Headline);
    }

    [Fact]
    public void Aspect_headings_on_their_own_line_group_the_numbered_items_under_them()
    {
        var material = MaterialImporter.Parse(Read("nested-aspects.txt"));

        Assert.Equal(3, material.Problems.Count);
        Assert.Equal("在作风建设方面", material.Problems[2].Group);
        Assert.Contains("补充说明", material.Problems[2].Text, StringComparison.Ordinal); // an unnumbered line stays with its item
        Assert.Equal(2, material.Causes.Count);
        Assert.Equal(3, material.Measures.Count);
        Assert.Equal("在政治建设方面", material.Measures[1].Group);
    }

    [Fact]
    public void Parts_and_circled_numbers_and_an_unknown_part_is_kept_as_text()
    {
        var material = MaterialImporter.Parse(Read("parts-and-circles.txt"));

        Assert.Equal(2, material.Problems.Count);
        Assert.Equal(2, material.Causes.Count);
        Assert.Equal(2, material.Measures.Count);
        Assert.Equal(["第四部分 上年度整改落实情况", "上年度确定的五项措施已完成四项，一项长期坚持。"], material.Unrecognised);
    }

    [Fact]
    public void Nothing_is_dropped()
    {
        foreach (var name in new[] { "example-2023-banzi-duizhao-jiancha.txt", "arabic-numbering.txt", "nested-aspects.txt", "parts-and-circles.txt" })
        {
            var material = MaterialImporter.Parse(Read(name));
            var kept = string.Concat(new[] { material.Preamble ?? string.Empty }
                .Concat(material.Problems.Concat(material.Causes).Concat(material.Measures).Select(i => (i.Group ?? string.Empty) + i.Text))
                .Concat(material.Unrecognised));
            foreach (var sentence in Read(name).Split('。', '\n').Select(s => s.Trim().Trim('\u3000')).Where(s => s.Length > 8 && MaterialImporter.HeadingSection(NumberingMarkers.Read(s).Remainder) is null))
            {
                var body = sentence.TrimStart('（', '(', '一', '二', '三', '四', '五', '六', '）', ')', '1', '2', '3', '4', '.', '、', '①', '②', ' ');
                Assert.True(kept.Contains(body[..Math.Min(body.Length, 12)], StringComparison.Ordinal), $"{name}: lost “{sentence}”");
            }
        }
    }

    [Fact]
    public void Text_without_headings_recognises_nothing_but_keeps_it()
    {
        var material = MaterialImporter.Parse("今天天气很好。\n我们去开会。");

        Assert.True(material.IsEmpty);
        Assert.Equal("今天天气很好。\n我们去开会。", material.Preamble);
    }
}
