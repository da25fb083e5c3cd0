using ReviewBot.Files.Links;

namespace ReviewBot.Files.Tests.Links;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("对照检查材料.docx", "对照检查材料.docx")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\temp\材料.docx", "材料.docx")]
    [InlineData("a\"b<c>d|e?.docx", "a_b_c_d_e_.docx")]
    [InlineData("line\r\nbreak.docx", "line__break.docx")]
    [InlineData("   ", "文件")]
    [InlineData("..", "文件")]
    public void Names_are_cleaned_for_urls_headers_and_disks(string name, string expected)
    {
        Assert.Equal(expected, FileNames.Clean(name));
    }

    [Fact]
    public void Long_names_are_shortened_keeping_the_extension()
    {
        var cleaned = FileNames.Clean(new string('材', 300) + ".docx");

        Assert.Equal(FileNames.MaxLength, cleaned.Length);
        Assert.EndsWith("材.docx", cleaned);
    }
}
