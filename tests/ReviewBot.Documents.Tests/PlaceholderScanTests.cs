using ReviewBot.Documents.Tests.Fixtures;
using ReviewBot.Drafts.Composition;

namespace ReviewBot.Documents.Tests;

public sealed class PlaceholderScanTests
{
    [Fact]
    public void Finds_the_placeholder_left_in_the_sample_with_its_block_and_aspect()
    {
        var draft = SampleDraft.Create();
        var report = PlaceholderScan.Find(draft);

        var location = Assert.Single(report.Locations);
        Assert.Equal(1, report.Count);
        Assert.Equal("【待补：次数】", location.Placeholder);
        Assert.Equal(DocumentPart.Problems, location.Part);
        Assert.Equal(2, location.AspectIndex);
        var text = draft.Blocks[location.BlockIndex!.Value].PlainText;
        Assert.Equal(location.Placeholder, text.Substring(location.Offset, location.Placeholder.Length));
    }

    [Fact]
    public void Finds_every_form_in_title_lead_ins_and_bodies_in_document_order()
    {
        var draft = new ComposedDocument("【待补：单位】2023年度对照检查材料",
        [
            new Paragraph(DocumentPart.Preamble, null, "共征求意见【待补】条，谈心谈话【待补：人次】人次。"),
            new SectionHeading(DocumentPart.Measures, "三、整改措施"),
            new Paragraph(DocumentPart.Measures, "（一）【待补充标题】。", "完成时限：【待补：日期"),
        ]);

        var report = PlaceholderScan.Find(draft);

        Assert.Equal(["【待补：单位】", "【待补】", "【待补：人次】", "【待补充标题】", "【待补：日期"], report.Locations.Select(l => l.Placeholder));
        Assert.Null(report.Locations[0].BlockIndex);
        Assert.Equal([null, 0, 0, 2, 2], report.Locations.Select(l => l.BlockIndex));
    }

    [Fact]
    public void Clean_draft_has_none()
    {
        var draft = new ComposedDocument("标题", [new Paragraph(DocumentPart.Preamble, null, "【单位】不是待补项；“待补”二字本身也不是。")]);
        var report = PlaceholderScan.Find(draft);
        Assert.False(report.Any);
        Assert.Equal(0, report.Count);
    }
}
